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
        public var `in`: [String]?
        public var same_time: [String]?
        public var connectors: [String]?
        public var ordinal_suffixes: [String]?
        public var weekdays: [[String]]
        public var months: [[String]]
        public var relative_days: [String: Int]?
        public var units: [String: [String]]?
        public var parts_of_day: [PartOfDay]?
    }

    public var locale: String
    public var name: String?
    public var script: String?
    public var fold_accents: Bool?
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

    /// Loads every `*.yaml` file of `directory`; errors name the file and the key that is wrong.
    public static func load(directory: URL) throws -> IntentCatalogue {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
                .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        } catch {
            throw CatalogueError(file: directory.path, message: "cannot list the intents folder: \(error.localizedDescription)")
        }
        guard !names.isEmpty else {
            throw CatalogueError(file: directory.path, message: "no <locale>.yaml file in the intents folder")
        }
        var files: [(name: String, file: LanguageFile)] = []
        for name in names {
            let url = directory.appendingPathComponent(name)
            let text: String
            do { text = try String(contentsOf: url, encoding: .utf8) } catch {
                throw CatalogueError(file: name, message: "cannot read: \(error.localizedDescription)")
            }
            do {
                let file = try YAMLDecoder().decode(LanguageFile.self, from: text)
                let stem = (name as NSString).deletingPathExtension
                guard file.locale == stem else {
                    throw CatalogueError(file: name, message: "locale: \"\(file.locale)\" must match the file name \"\(stem)\"")
                }
                files.append((name, file))
            } catch let error as CatalogueError {
                throw error
            } catch let error as DecodingError {
                throw CatalogueError(file: name, message: describe(error))
            } catch {
                throw CatalogueError(file: name, message: "not valid YAML: \(error)")
            }
        }
        return try IntentCatalogue(files: files)
    }

    /// Finds the `intents/` folder: an explicit path, then `SLOTKEEPER_INTENTS_DIR`, then `./intents`,
    /// then an `intents` folder beside the executable or any of its ancestors, or in `share/slotkeeper/` there (an installed
    /// binary in `/usr/local/bin` finds `/usr/local/share/slotkeeper/intents`).
    public static func locate(explicit: String? = nil,
                              environment: [String: String] = ProcessInfo.processInfo.environment,
                              executable: String? = Bundle.main.executableURL?.path ?? CommandLine.arguments.first,
                              currentDirectory: String = FileManager.default.currentDirectoryPath) throws -> URL {
        let fm = FileManager.default
        func isDir(_ path: String) -> Bool {
            var d: ObjCBool = false
            return fm.fileExists(atPath: path, isDirectory: &d) && d.boolValue
        }
        if let explicit {
            guard isDir(explicit) else {
                throw CatalogueError(file: explicit, message: "the intents folder given does not exist")
            }
            return URL(fileURLWithPath: explicit)
        }
        if let env = environment["SLOTKEEPER_INTENTS_DIR"], !env.isEmpty {
            guard isDir(env) else {
                throw CatalogueError(file: env, message: "SLOTKEEPER_INTENTS_DIR names no folder")
            }
            return URL(fileURLWithPath: env)
        }
        let local = URL(fileURLWithPath: currentDirectory).appendingPathComponent("intents")
        if isDir(local.path) { return local }
        if let executable {
            var dir = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
            while dir.path != "/" && !dir.path.isEmpty {
                for candidate in [dir.appendingPathComponent("intents"), dir.appendingPathComponent("share/slotkeeper/intents")] where isDir(candidate.path) {
                    return candidate
                }
                dir = dir.deletingLastPathComponent()
            }
        }
        throw CatalogueError(file: "intents/", message: "no intents folder found: pass one, set SLOTKEEPER_INTENTS_DIR, run from the repository root, or install with scripts/install")
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
    case .typeMismatch(_, let ctx), .valueNotFound(_, let ctx), .dataCorrupted(let ctx):
        return "key \"\(path(ctx.codingPath))\": \(ctx.debugDescription)"
    @unknown default:
        return "\(error)"
    }
}
