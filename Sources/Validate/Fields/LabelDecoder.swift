import BriefModel

/// A label matched against a vocabulary; what it is refused as when it matches nothing.
struct LabelDecoder<Value: Sendable>: FieldDecoder {
    let vocabulary: LabelVocabulary<Value>
    let code: RejectCode
    /// What the label should have been, for the message ("region of Mali").
    let expected: String

    func decode(_ text: String) -> Result<Value, FieldFault> {
        if let value = vocabulary.match(text) { return .success(value) }
        return .failure(
            FieldFault(code, "is not a known \(expected) (add it under `aliases` in pipeline.yml if it is one)"))
    }
}
