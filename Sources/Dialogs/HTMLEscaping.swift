/// Text put into HTML: e-mail bodies here, and the server's own pages.
public enum HTMLEscaping {
    /// `&`, `<`, `>`, `"` and `'` as entities, so text (a name, a link) can never become markup.
    /// Escapes by Unicode scalar: escaping by `Character` would miss a `"` or `<` that a combining mark joins into one
    /// character with what follows, and that would still end an attribute or open a tag.
    public static func escape(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "'": out.append(contentsOf: "&#39;".unicodeScalars)
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}
