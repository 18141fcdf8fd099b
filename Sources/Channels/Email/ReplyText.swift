import Foundation

/// What a client wrote in a reply, without the history their mail program quoted under it: `>` lines, the
/// "On … wrote:" / "El … escribió:" / "… пишет:" attribution and everything after it, Outlook's
/// "-----Original Message-----" or From/Sent block, the signature after "-- ", and "Sent from my iPhone".
/// A reply written under the quote (bottom-posting) is kept.
public enum ReplyText {
    /// The reply's own words, trimmed; empty when the message was nothing but quote.
    public static func strip(_ text: String) -> String {
        let lines = TransferEncoding.normalizedLines(text).map { String($0) }
        guard let cut = historyStart(lines) else { return clean(lines[...]) }
        let above = clean(lines[..<cut.line])
        if !above.isEmpty { return above }
        // Nothing above the history: the reply may be below the quote, between or after `>` lines.
        return clean(lines[cut.afterHeader...])
    }

    /// Drops quoted lines and the signature, then trims blank lines and trailing mobile sign-offs.
    private static func clean(_ lines: ArraySlice<String>) -> String {
        var kept: [String] = []
        for line in lines {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if isSignatureDelimiter(line) { break }
            if trimmed.hasPrefix(">") { continue }
            kept.append(line.replacingOccurrences(of: "\u{00A0}", with: " ").trimmingCharacters(in: .whitespaces))
        }
        while let last = kept.last, last.isEmpty || isMobileSignOff(last) { kept.removeLast() }
        while kept.first?.isEmpty == true { kept.removeFirst() }
        // Collapse runs of empty lines to one.
        var out: [String] = []
        for line in kept where !(line.isEmpty && out.last?.isEmpty == true) { out.append(line) }
        return out.joined(separator: "\n")
    }

    /// RFC 3676's "-- " (and the "--" that mail programs trimming trailing spaces leave).
    static func isSignatureDelimiter(_ line: String) -> Bool { line == "-- " || line == "--" || line == "-- \r" }

    private static let signOffs = [
        "sent from my ", "sent from outlook", "get outlook for", "sent from yahoo mail", "sent from mail for windows", "sent from gmail",
        "enviado desde mi ", "enviado desde outlook", "enviado desde yahoo", "obtener outlook para",
        "отправлено с ", "отправлено из ", "отправлено через ",
    ]

    private static func isMobileSignOff(_ line: String) -> Bool {
        let lower = line.lowercased()
        return line.count < 80 && signOffs.contains { lower.hasPrefix($0) }
    }

    /// Where the quoted history starts: the line of its header, and the first line after the header.
    static func historyStart(_ lines: [String]) -> (line: Int, afterHeader: Int)? {
        for i in lines.indices {
            let line = lines[i].trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix(">") { continue }
            if isSeparatorLine(line) { return (i, i + 1) }
            if isHeaderBlock(lines, at: i) { return (i, headerBlockEnd(lines, from: i)) }
            if let end = attributionEnd(lines, at: i) { return (i, end) }
            if isUnderscoreRule(line), lines.indices.contains(i + 1), isHeaderBlock(lines, at: nextNonEmpty(lines, after: i) ?? i + 1) {
                return (i, headerBlockEnd(lines, from: nextNonEmpty(lines, after: i) ?? i + 1))
            }
        }
        return nil
    }

    private static func nextNonEmpty(_ lines: [String], after i: Int) -> Int? {
        var j = i + 1
        while j < lines.count, lines[j].trimmingCharacters(in: .whitespaces).isEmpty { j += 1 }
        return j < lines.count ? j : nil
    }

    /// `-----Original Message-----`, Gmail's `---------- Forwarded message ---------` and their translations.
    private static func isSeparatorLine(_ line: String) -> Bool {
        guard line.hasPrefix("--"), line.hasSuffix("--") else { return false }
        let words = line.trimmingCharacters(in: CharacterSet(charactersIn: "- ")).lowercased()
        return ["original message", "mensaje original", "исходное сообщение", "forwarded message", "mensaje reenviado",
                "пересылаемое сообщение", "message d'origine", "ursprüngliche nachricht", "mensagem original"].contains(words)
    }

    private static func isUnderscoreRule(_ line: String) -> Bool { line.count >= 10 && line.allSatisfy { $0 == "_" } }

    private static let fromLabels = ["from", "de", "от", "von", "da", "van"]
    private static let blockLabels = ["sent", "date", "to", "subject", "cc", "enviado", "fecha", "para", "asunto",
                                      "отправлено", "дата", "кому", "тема", "копия", "gesendet", "an", "betreff", "envoyé", "à", "objet"]

    /// The label of a header-like line (`From:`, `*Sent:*`, `Отправлено:`), lowercased, when it is one.
    private static func label(_ line: String) -> String? {
        let trimmed = line.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "*"))
        guard let colon = trimmed.firstIndex(of: ":") else { return nil }
        let name = trimmed[..<colon].trimmingCharacters(in: CharacterSet(charactersIn: "* ")).lowercased()
        return name.count <= 12 ? name : nil
    }

    /// Outlook's block: a `From:` line followed within a few lines by `Sent:`/`Date:`/`To:`/`Subject:` (in any of the languages).
    private static func isHeaderBlock(_ lines: [String], at i: Int) -> Bool {
        guard i < lines.count, let first = label(lines[i]), fromLabels.contains(first) else { return false }
        var matched = 0
        for j in (i + 1)..<min(lines.count, i + 6) {
            if let l = label(lines[j]), blockLabels.contains(l) { matched += 1 }
        }
        return matched >= 1
    }

    private static func headerBlockEnd(_ lines: [String], from i: Int) -> Int {
        var j = i
        while j < lines.count, label(lines[j]) != nil { j += 1 }
        return j
    }

    private static let attributionEndings = ["wrote:", "escribió:", "escribio:", "пишет:", "написал(а):", "написал:", "написала:",
                                             "a écrit :", "a écrit:", "schrieb:", "escreveu:", "ha scritto:"]
    private static let attributionStarts = ["on ", "el ", "le ", "am ", "em ", "il "]

    private static func looksLikeAttributionStart(_ line: String) -> Bool {
        let lower = line.trimmingCharacters(in: .whitespaces).lowercased()
        if attributionStarts.contains(where: { lower.hasPrefix($0) }) || lower.first?.isNumber == true { return true }
        guard let firstWord = lower.split(separator: " ").first, firstWord.hasSuffix(",") else { return false }
        return weekdays.contains(String(firstWord.dropLast()))
    }

    private static let weekdays: Set<String> = [
        "mon", "tue", "wed", "thu", "fri", "sat", "sun", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "lun", "mar", "mié", "jue", "vie", "sáb", "dom", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
        "пн", "вт", "ср", "чт", "пт", "сб", "вс", "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
    ]

    /// "On … wrote:" and its kin, possibly wrapped over up to three lines; or any short line ending in ":" that names an
    /// address and is followed by quoted `>` lines (Gmail in Russian, Yandex: `24.11.2026, 10:00, "Spa" <a@b>:`).
    /// Returns the line after the attribution.
    private static func attributionEnd(_ lines: [String], at i: Int) -> Int? {
        var joined = ""
        for j in i..<min(lines.count, i + 3) {
            let part = lines[j].trimmingCharacters(in: .whitespaces)
            if part.isEmpty || part.hasPrefix(">") { break }
            joined += (joined.isEmpty ? "" : " ") + part
            let lower = joined.lowercased()
            guard lower.count <= 400 else { break }
            // A wrapped attribution starts like one: "On …", "El …", a date, or a weekday and a comma ("вт, 24 нояб.").
            if j > i && !looksLikeAttributionStart(lines[i]) { break }
            if attributionEndings.contains(where: { lower.hasSuffix($0) }) {
                let starts = attributionStarts.contains { lower.hasPrefix($0) }
                let verbOnly = lower.hasSuffix("пишет:") || lower.hasSuffix("написал(а):") || lower.hasSuffix("написал:")
                    || lower.hasSuffix("написала:")
                if starts || verbOnly || lower.contains("@") { return j + 1 }
            }
            if lower.hasSuffix(":"), lower.contains("@"), let next = nextNonEmpty(lines, after: j),
               lines[next].trimmingCharacters(in: .whitespaces).hasPrefix(">") {
                return j + 1
            }
        }
        return nil
    }
}
