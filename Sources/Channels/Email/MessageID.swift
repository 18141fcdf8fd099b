import Foundation

/// Message-IDs (RFC 5322 §3.6.4) as SlotKeeper keeps them: without the angle brackets, `id-left@id-right`.
public enum MessageID {
    /// The ids in a Message-ID, In-Reply-To or References value, in order, brackets removed; comments and phrases skipped.
    public static func list(_ value: String) -> [String] {
        var ids: [String] = []
        var rest = Substring(value)
        while let open = rest.firstIndex(of: "<") {
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            let id = rest[rest.index(after: open)..<close].filter { !$0.isWhitespace }
            if !id.isEmpty { ids.append(String(id)) }
            rest = rest[rest.index(after: close)...]
        }
        if ids.isEmpty {
            // Some mailers leave out the brackets.
            let bare = value.trimmingCharacters(in: .whitespacesAndNewlines)
            if !bare.isEmpty, !bare.contains(" "), bare.contains("@") { ids.append(bare) }
        }
        return ids
    }

    /// The first id in a header value, nil when there is none.
    public static func first(_ value: String?) -> String? { value.flatMap { list($0).first } }

    /// As written in a header: `<id>`.
    public static func bracketed(_ id: String) -> String {
        let bare = list(id).first ?? id
        return "<\(bare)>"
    }
}
