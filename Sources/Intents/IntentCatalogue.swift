import Catalogues
import Foundation
import Yams

/// One language's vocabulary as written in `intents/<locale>.yaml`.
public struct LanguageFile: Sendable, Decodable {
    public struct PartOfDay: Sendable, Decodable {
        public var name: String
        public var from: String
        public var to: String
        public var meridiem: String?
        public var day: Int?
        public var words: [String]
    }

    public struct Choices: Sendable, Decodable {
        public var markers: [String]?
        public var ordinals: [String: Int]?
        public var trailers: [String]?
    }

    public struct TimeWords: Sendable, Decodable {
        public var at: [String]?
        public var am: [String]?
        public var pm: [String]?
        /// Marks that mean morning or evening only written against the hour: "10a", "5p", "3:18a".
        public var am_glued: [String]?
        public var pm_glued: [String]?
        public var oclock: [String]?
        public var named: [String: String]?
        public var minutes_before_hour: [String: Int]?
        public var minutes_after_hour: [String: Int]?
        public var after: [String]?
        public var before: [String]?
        public var between: [String]?
        public var range: [String]?
        public var this: [String]?
        public var next: [String]?
        /// "The week after next", "Friday after next", "übernächste Woche": two weeks on, where "next" is one.
        public var after_next: [String]?
        public var `in`: [String]?
        public var same_time: [String]?
        /// Words after which the time named is the one given up: "11 instead of 10", "statt um 10", "в 2 вместо 10".
        public var instead_of: [String]?
        /// Words after which a day is how long the client is away or busy, not a day asked for: "I'm abroad until the 3rd",
        /// "estoy de viaje hasta el 3 de diciembre", "у ветеринара до пятницы".
        public var until: [String]?
        public var connectors: [String]?
        /// Words after which a number is a day of the month, not an hour or an option, when no options are open:
        /// "el 12", "le 4", "am 4.", "on the 5th".
        public var day_articles: [String]?
        public var ordinal_suffixes: [String]?
        /// Whether a number from 1 to 12 right after a weekday is first a day of the month (see `Language.weekdayDayNumbers`).
        public var weekday_day_numbers: Bool?
        public var weekdays: [[String]]
        public var months: [[String]]
        public var relative_days: [String: Int]?
        /// Days of the month as words, 1-31: "the twenty-second", "am dreißigsten", "двадцать второго".
        public var days_of_month: [String: Int]?
        public var units: [String: [String]]?
        /// Spoken lengths of time in minutes: "an hour", "half an hour", "полчаса".
        public var durations: [String: Int]?
        public var parts_of_day: [PartOfDay]?
    }

    public var locale: String
    public var name: String?
    public var script: String?
    public var fold_accents: Bool?
    /// Whether common nouns are written with a capital, as in German: a capitalised word is then no sign of a name.
    public var capitalised_nouns: Bool?
    public var letters: [String: String]?
    public var lookalikes: [String: String]?
    public var hints: String?
    public var date_order: String?
    public var date_order_zones: [String: String]?
    public var words: [String: [String]]
    public var choices: Choices?
    public var numbers: [String: Int]?
    public var time: TimeWords
    public var symbols: [String: String]?
    public var sensitive: [String: [String]]?
    /// What staff reply on their own channel to close a hand-over without a word to the client ("done", "erledigt").
    public var staff_done: [String]?
}

/// Why a catalogue could not be loaded; the message names the file and the key.
public struct CatalogueError: Error, CustomStringConvertible, Sendable {
    public var file: String
    public var message: String
    public var description: String { "\(file): \(message)" }
}

/// All languages the matcher knows, loaded from a folder of `<locale>.yaml` files.
public struct IntentCatalogue: Sendable {
    /// The languages, in a stable order (by locale).
    public let languages: [Language]

    /// The locales the catalogue knows, e.g. `["en", "es", "ru"]`.
    public var locales: [String] { languages.map(\.locale) }

    /// Builds a catalogue from already decoded files (tests, embedding).
    public init(files: [(name: String, file: LanguageFile)]) throws {
        var lookalikes: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (name, file) in files {
            for (from, to) in file.lookalikes ?? [:] {
                guard let a = from.unicodeScalars.first, from.unicodeScalars.count == 1,
                      let b = to.unicodeScalars.first, to.unicodeScalars.count == 1 else {
                    throw CatalogueError(file: name, message: "lookalikes: \"\(from)\": \"\(to)\" must map one letter to one letter")
                }
                lookalikes[a] = b
            }
        }
        let normaliser = Normaliser(lookalikes: lookalikes)
        var symbols: [String: String] = [:]
        for (_, file) in files { for (k, v) in file.symbols ?? [:] { symbols[k] = v } }
        languages = try files.map { try Language(file: $0.file, fileName: $0.name, normaliser: normaliser, symbols: symbols) }
            .sorted { $0.locale < $1.locale }
        self.normaliser = normaliser
    }

    let normaliser: Normaliser

    /// Loads every `*.yaml` file of `directory` alone.
    public static func load(directory: URL) throws -> IntentCatalogue {
        do { return try load(files: try CatalogueFiles.folder(directory)) } catch let error as CatalogueFolderError {
            throw CatalogueError(file: directory.path, message: error.description)
        }
    }

    /// Loads every `<locale>.yaml` of `files`; errors name the file and the key that is wrong.
    public static func load(files catalogue: CatalogueFiles) throws -> IntentCatalogue {
        let names = catalogue.names(endingIn: [".yaml", ".yml"])
        guard !names.isEmpty else {
            throw CatalogueError(file: catalogue.folder ?? "intents/", message: "no <locale>.yaml file in the intents folder")
        }
        var files: [(name: String, file: LanguageFile)] = []
        for name in names {
            guard let source = catalogue[name], let text = source.text else {
                throw CatalogueError(file: catalogue[name]?.shown ?? name, message: "cannot be read as UTF-8 text")
            }
            do {
                let file = try YAMLDecoder().decode(LanguageFile.self, from: text)
                let stem = (name as NSString).deletingPathExtension
                guard file.locale == stem else {
                    throw CatalogueError(file: source.shown, message: "locale: \"\(file.locale)\" must match the file name \"\(stem)\"")
                }
                files.append((source.shown, file))
            } catch let error as CatalogueError {
                throw error
            } catch let error as DecodingError {
                throw CatalogueError(file: source.shown, message: describe(error))
            } catch {
                throw CatalogueError(file: source.shown, message: "not valid YAML: \(error)")
            }
        }
        return try IntentCatalogue(files: files)
    }

    /// Whether a staff member's whole reply closes a hand-over: DONE (what the hand-over message asks for, in every language),
    /// or a `staff_done` word of any language, since staff do not always write in the staff locale.
    public func closesHandOver(_ text: String) -> Bool {
        let key = Language.staffDoneKey(text)
        guard !key.isEmpty else { return false }
        return key == "done" || languages.contains { $0.staffDone.contains(key) }
    }

    /// The language for a locale such as "es" or "es-MX", if the catalogue has it.
    public func language(for locale: String) -> Language? {
        let key = locale.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        return languages.first { $0.locale == key }
    }
}

private func describe(_ error: DecodingError) -> String {
    func path(_ codingPath: [CodingKey]) -> String {
        codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }
    switch error {
    case .keyNotFound(let key, let ctx):
        let at = path(ctx.codingPath)
        return "missing key \"\(at.isEmpty ? key.stringValue : at + "." + key.stringValue)\""
    case .dataCorrupted(let ctx) where ctx.codingPath.isEmpty:
        // The YAML itself is broken (a duplicate key, a missing bracket): the parser's own words say where.
        return "not valid YAML: \(ctx.underlyingError.map { parserMessage("\($0)") } ?? ctx.debugDescription)"
    case .typeMismatch(_, let ctx), .valueNotFound(_, let ctx), .dataCorrupted(let ctx):
        return "key \"\(path(ctx.codingPath))\": \(ctx.debugDescription)"
    @unknown default:
        return "\(error)"
    }
}

/// The YAML parser's message without the copy of the whole file it quotes: what is wrong, then where.
private func parserMessage(_ text: String) -> String {
    guard let context = text.range(of: "\nContext:\n") else { return text }
    let what = text[..<context.lowerBound]
    let at = text.range(of: " in line ", options: .backwards).map { " (" + text[$0.lowerBound...].trimmingCharacters(in: .whitespacesAndNewlines) + ")" }
    return what + (at ?? "")
}
