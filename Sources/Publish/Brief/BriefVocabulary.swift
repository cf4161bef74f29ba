/// The English words the brief's computed statements are built from: the names of zones and
/// attack types as they read inside a sentence. The template owns the sentences; this owns the nouns.
enum BriefVocabulary {
    /// As the subject of "was the most frequent form of attack".
    static let leadName = [
        "ied": "the IED", "indirect_fire": "indirect fire", "small_arms_fire": "small arms fire",
        "complex": "the complex attack",
    ]
    /// In a list ("followed by indirect fire, small arms fire and complex attacks").
    static let listName = [
        "ied": "IEDs", "indirect_fire": "indirect fire", "small_arms_fire": "small arms fire", "complex": "complex attacks",
        "northern": "the north", "central": "the centre", "southern": "the south",
    ]
}
