/// Text put into HTML: e-mail bodies here, and the server's own pages.
public enum HTMLEscaping {
    /// `&`, `<`, `>`, `"` and `'` as entities, so text (a name, a link) can never become markup.
    public static func escape(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
            }
        }
        return out
    }
}
