import BookingCore
import Yams

/// YAML text as a settings document, keys in the order written: the settings file's `policies:` section and the policy
/// editor of the dashboard read it the same way.
public enum YAMLDocument {
    /// The document `text` holds; nil for an empty text. Throws with the parser's words (line and column) for invalid YAML.
    public static func read(_ text: String) throws -> DocumentValue? {
        try Yams.compose(yaml: text).map(document)
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
