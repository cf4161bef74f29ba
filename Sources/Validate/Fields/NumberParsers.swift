import BriefModel

/// Counts (killed, injured, quantity): whole numbers ≥ 0, or one of the unknown tokens.
public struct CountParser: FieldDecoder {
    public enum Failure: Error, Equatable { case negative, fractional, notANumber, tooLarge }

    /// No real count comes near this; larger numbers (`1e300`, twenty digits) are typing errors.
    static let largest = 1_000_000_000

    func decode(_ text: String) -> Result<Count, FieldFault> { Self.parse(text).mapError(\.fault) }

    func directly(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<Count, FieldFault>? {
        Self.wholeNumber(bytes).map { .success(.known($0)) }
    }

    /// Plain ASCII digits (at most 18) of a count no larger than `largest`: the common case, read
    /// from the bytes; nil for anything else.
    @inline(__always)
    static func wholeNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 18 else { return nil }
        var value = 0
        for byte in bytes {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value <= largest ? value : nil
    }

    public static func parse(_ text: String?) -> Result<Count, Failure> {
        guard var text else { return .success(.unknown) }
        if let value = text.withUTF8(wholeNumber) { return .success(.known(value)) }
        guard !UnknownToken.matches(text) else { return .success(.unknown) }
        let trimmed = ASCIIText.trimmed(text)
        if let value = Int(trimmed) {
            if value < 0 { return .failure(.negative) }
            return value > largest ? .failure(.tooLarge) : .success(.known(value))
        }
        let decimal = trimmed.replacingOccurrences(of: ",", with: ".")
        guard let value = Double(decimal), value.isFinite else { return .failure(.notANumber) }
        if value < 0 { return .failure(.negative) }
        // Checked before converting: Int(1e300) would trap (found by the fuzzer).
        if value > Double(largest) { return .failure(.tooLarge) }
        // JSON exports write 3 as 3.0; that is still a whole count.
        return value == value.rounded() ? .success(.known(Int(value))) : .failure(.fractional)
    }

    public static func message(_ failure: Failure, field: String, text: String) -> String {
        failure.fault.message(field: field, text: text)
    }
}

extension CountParser.Failure {
    var fault: FieldFault {
        switch self {
        case .negative: FieldFault(.badCount, "is negative (expected a whole number ≥ 0, or blank when unknown)")
        case .fractional: FieldFault(.badCount, "is not a whole number (expected a whole number ≥ 0)")
        case .notANumber: FieldFault(.badCount, "is not a number (expected a whole number ≥ 0, or unknown)")
        case .tooLarge: FieldFault(.badCount, "is too large to be a count (expected a whole number ≥ 0)")
        }
    }
}

/// Production years: four digits between 1900 and the reference year.
public struct YearParser: FieldDecoder {
    public let referenceYear: Int

    public static func parse(_ text: String, referenceYear: Int) -> Int? {
        let trimmed = ASCIIText.trimmed(text)
        guard trimmed.utf8.count == 4, let year = ASCIIText.digits(trimmed), (1900...referenceYear).contains(year) else {
            return nil
        }
        return year
    }

    func decode(_ text: String) -> Result<Int, FieldFault> {
        if let year = Self.parse(text, referenceYear: referenceYear) { return .success(year) }
        return .failure(FieldFault(.badYear, "is not a production year (expected four digits, 1900–\(referenceYear))"))
    }
}

/// Decimal degrees inside Mali's bounding box; a decimal comma is accepted.
public enum CoordinateParser {
    static let latitudes = 10.1...25.1
    static let longitudes = -12.3...4.3

    public static func degrees(_ text: String) -> Double? {
        let trimmed = ASCIIText.trimmed(text)
        if let value = Double(trimmed), value.isFinite { return value }
        let normal = trimmed.replacingOccurrences(of: ",", with: ".").replacingOccurrences(of: "−", with: "-")
        guard let value = Double(normal), value.isFinite else { return nil }
        return value
    }

    public static func inMali(latitude: Double, longitude: Double) -> Bool {
        latitudes.contains(latitude) && longitudes.contains(longitude)
    }

    /// One coordinate field as read: blank (or an unknown token), not a number, or degrees.
    public enum Field: Equatable { case absent, unreadable, degrees(Double) }

    /// What a pair of fields says, by the one rule both readers apply: both or neither, each a number,
    /// the pair inside Mali.
    public enum Verdict: Equatable {
        case none
        case valid(latitude: Double, longitude: Double)
        /// One of the pair is missing: the latitude when true.
        case onlyOne(missingLatitude: Bool)
        /// One of the pair is not a number: the latitude when true.
        case unreadable(inLatitude: Bool)
        case outsideMali
    }

    public static func verdict(latitude: Field, longitude: Field) -> Verdict {
        switch (latitude, longitude) {
        case (.absent, .absent): return .none
        case (.absent, _): return .onlyOne(missingLatitude: true)
        case (_, .absent): return .onlyOne(missingLatitude: false)
        case (.unreadable, _): return .unreadable(inLatitude: true)
        case (_, .unreadable): return .unreadable(inLatitude: false)
        case (.degrees(let lat), .degrees(let lon)):
            return inMali(latitude: lat, longitude: lon) ? .valid(latitude: lat, longitude: lon) : .outsideMali
        }
    }
}
