import BookingCore
import Yams

/// YAML text as a settings document, keys in the order written: the settings file's `policies:` section and the policy
/// editor of the dashboard read it the same way.
public enum YAMLDocument {
    /// The document `text` holds; nil for an empty text. Throws with the parser's words (line and column) for invalid YAML.
    public static func read(_ text: String) throws -> DocumentValue? {
        guard let node = try Yams.compose(yaml: text) else { return nil }
        // Anchors and aliases repeat a part without writing it out again: a few lines could stand for millions of values.
        var budget = maxValues
        guard fits(node, &budget) else { throw TooLarge() }
        return document(node)
    }

    /// The most values a document may hold once its aliases are written out.
    public static let maxValues = 20_000

    public struct TooLarge: Error, CustomStringConvertible {
        public var description: String { "it holds more than \(YAMLDocument.maxValues) values once its aliases are written out" }
    }

    static func fits(_ node: Yams.Node, _ budget: inout Int) -> Bool {
        budget -= 1
        if budget < 0 { return false }
        switch node {
        case .mapping(let m): return m.allSatisfy { fits($0.key, &budget) && fits($0.value, &budget) }
        case .sequence(let s): return s.allSatisfy { fits($0, &budget) }
        default: return true
        }
    }

    /// A YAML node as a settings document; plain scalars typed as YAML reads them.
    public static func document(_ node: Yams.Node) -> DocumentValue {
        switch node {
        case .mapping(let m): return .map(m.map { (key: $0.key.string ?? "\($0.key)", value: document($0.value)) })
        case .sequence(let s): return .list(s.map(document))
        case .scalar(let scalar):
            if scalar.style != .plain { return .string(scalar.string) }
            if let b = node.bool { return .bool(b) }
            if let i = node.int { return .int(i) }
            if let d = node.float { return .double(d) }
            if node.null != nil { return .null }
            return .string(scalar.string)
        case .alias: return .string("\(node)")
        }
    }
}
