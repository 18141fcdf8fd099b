/// A value stored and exchanged as its text form (`2026-11-24`, `09:30`, `client:c1`, `deposit:100`).
public protocol TextCodable: Codable {
    /// Parses the text form; nil when it is malformed.
    init?(codingText: String)
    /// The text form.
    var codingText: String { get }
    /// What the text should look like, for error messages.
    static var textFormHint: String { get }
}

extension TextCodable {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = Self(codingText: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not \(Self.textFormHint): \(text)"))
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(codingText)
    }
}
