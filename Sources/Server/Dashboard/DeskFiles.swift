import Dialogs
import Foundation
import Mustache
import Yams

/// The dashboard's files from `dashboard/`: Mustache templates (`templates/`), the interface text per language (`text/`),
/// and the stylesheet and script (`static/`). Found like `dialogs/`: `SLOTKEEPER_DASHBOARD_DIR`, else `dashboard/` in the
/// working directory, else beside the binary or a folder above it.
public struct DeskFiles: Sendable {
    public let templates: MustacheLibrary
    /// Per language, the interface's words by key.
    public let text: [String: [String: String]]
    /// `app.css`, `app.js`, and the booking page's `book.css`: name to bytes.
    public let assets: [String: [UInt8]]

    /// The languages the interface speaks.
    public static let locales = ["en", "es", "ru"]

    public struct Missing: Error, CustomStringConvertible {
        public let description: String
    }

    /// The pragma every template starts with, so that it is escaped by `DeskHTML`.
    static let pragma = "{{% CONTENT_TYPE: DESK_HTML}}"

    /// Loads every file, checking that each language has every key English has and that every template is escaped as
    /// `DeskHTML` escapes.
    public static func load(directory: URL) async throws -> DeskFiles {
        MustacheContentTypes.register(DeskHTML(), named: "DESK_HTML")
        let folder = directory.appendingPathComponent("templates")
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where name.hasSuffix(".mustache") {
            let source = (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)) ?? ""
            guard source.hasPrefix(pragma) else { throw Missing(description: "\(folder.path)/\(name) must begin with \(pragma)") }
        }
        let templates: MustacheLibrary
        do {
            templates = try await MustacheLibrary(directory: directory.appendingPathComponent("templates").path)
        } catch {
            throw Missing(description: "\(directory.path)/templates: \(error)")
        }
        var text: [String: [String: String]] = [:]
        for locale in locales {
            let file = directory.appendingPathComponent("text/\(locale).yaml")
            guard let source = try? String(contentsOf: file, encoding: .utf8) else { throw Missing(description: "\(file.path) cannot be read") }
            guard let words = try Yams.load(yaml: source) as? [String: Any] else { throw Missing(description: "\(file.path) is not a mapping of key: text") }
            text[locale] = words.mapValues { "\($0)" }
        }
        let english = Set(text["en"]?.keys ?? [:].keys)
        for locale in locales where locale != "en" {
            let missing = english.subtracting(text[locale]?.keys ?? [:].keys)
            if !missing.isEmpty { throw Missing(description: "dashboard/text/\(locale).yaml lacks \(missing.sorted().joined(separator: ", "))") }
        }
        var assets: [String: [UInt8]] = [:]
        for name in ["app.css", "app.js", "book.css"] {
            guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent("static/\(name)").path) else {
                throw Missing(description: "\(directory.path)/static/\(name) cannot be read")
            }
            assets[name] = Array(data)
        }
        return DeskFiles(templates: templates, text: text, assets: assets)
    }

    /// The `dashboard/` folder: given, else `SLOTKEEPER_DASHBOARD_DIR`, else in the working directory, else beside the binary.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment,
                              currentDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
                              executable: URL? = Bundle.main.executableURL) throws -> URL {
        func holds(_ url: URL) -> Bool { FileManager.default.fileExists(atPath: url.appendingPathComponent("templates/layout.mustache").path) }
        if let env = environment["SLOTKEEPER_DASHBOARD_DIR"], !env.isEmpty {
            let url = env.hasPrefix("/") ? URL(fileURLWithPath: env) : currentDirectory.appendingPathComponent(env)
            guard holds(url) else { throw Missing(description: "SLOTKEEPER_DASHBOARD_DIR=\(env) has no templates/layout.mustache") }
            return url
        }
        var candidates = [currentDirectory.appendingPathComponent("dashboard")]
        if let executable {
            var dir = executable.resolvingSymlinksInPath().deletingLastPathComponent()
            while dir.path != "/" {
                candidates.append(dir.appendingPathComponent("dashboard"))
                candidates.append(dir.appendingPathComponent("share/slotkeeper/dashboard"))
                dir = dir.deletingLastPathComponent()
            }
        }
        if let found = candidates.first(where: holds) { return found }
        throw Missing(description: "the dashboard's files were not found (looked in \(candidates.prefix(3).map(\.path).joined(separator: ", ")), …); "
                      + "run from the SlotKeeper folder or set SLOTKEEPER_DASHBOARD_DIR to its dashboard/ folder")
    }

    /// The words of `locale` (English for a language the interface doesn't speak, and for any key it lacks).
    public func words(_ locale: String) -> [String: String] {
        guard locale != "en", let own = text[locale] else { return text["en"] ?? [:] }
        return (text["en"] ?? [:]).merging(own) { _, mine in mine }
    }
}

/// The dashboard's HTML escaping: the one `HTMLEscaping` of e-mails and payment pages, which escapes by Unicode scalar (the
/// library's own escapes by `Character`, and misses a `"` a combining mark is joined to).
struct DeskHTML: MustacheContentType {
    func escapeText(_ text: String) -> String { HTMLEscaping.escape(text) }
}
