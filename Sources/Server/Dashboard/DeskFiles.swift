import Catalogues
import Dialogs
import Foundation
import Mustache
import Yams

/// The dashboard's files from `dashboard/`: Mustache templates (`templates/`), the interface text per language (`text/`),
/// and the stylesheet and script (`static/`). Built into the program; `SLOTKEEPER_DASHBOARD_DIR` replaces them
/// file by file.
public struct DeskFiles: Sendable {
    public let templates: MustacheLibrary
    /// Per language, the interface's words by key.
    public let text: [String: [String: String]]
    /// `app.css`, `app.js`, and the booking page's `book.css`: name to bytes.
    public let assets: [String: [UInt8]]

    /// The languages the interface speaks: one `text/<locale>.yaml` each, English first.
    public var locales: [String] { ["en"] + text.keys.filter { $0 != "en" }.sorted() }

    public struct Missing: Error, CustomStringConvertible {
        public let description: String
    }

    /// The pragma every template starts with, so that it is escaped by `DeskHTML`.
    static let pragma = "{{% CONTENT_TYPE: DESK_HTML}}"

    /// The files built into the program (proved by the tests, so loading them cannot fail in a release).
    public static let builtIn: DeskFiles = {
        do { return try load(files: CatalogueFiles.builtIn(.dashboard)) } catch { fatalError("the built-in dashboard files: \(error)") }
    }()

    /// Loads the files of `directory` alone.
    public static func load(directory: URL) throws -> DeskFiles {
        do { return try load(files: try CatalogueFiles.folder(directory)) } catch let error as CatalogueFolderError {
            throw Missing(description: error.description)
        }
    }

    /// Loads every file, checking that each language has every key English has and that every template is escaped as
    /// `DeskHTML` escapes.
    public static func load(files: CatalogueFiles) throws -> DeskFiles {
        MustacheContentTypes.register(DeskHTML(), named: "DESK_HTML")
        var templates = MustacheLibrary()
        for name in files.names(in: "templates", endingIn: [".mustache"]) {
            guard let file = files[name], let source = file.text else { throw Missing(description: "\(name) cannot be read as UTF-8 text") }
            guard source.hasPrefix(pragma) else { throw Missing(description: "\(file.shown) must begin with \(pragma)") }
            do {
                try templates.register(source, named: String(name.dropFirst("templates/".count).dropLast(".mustache".count)))
            } catch {
                throw Missing(description: "\(file.shown): \(error)")
            }
        }
        guard templates.getTemplate(named: "layout") != nil else { throw Missing(description: "templates/layout.mustache is missing") }
        var text: [String: [String: String]] = [:]
        let builtIn = CatalogueFiles.builtIn(.dashboard)
        for name in files.names(in: "text", endingIn: [".yaml"]) {
            let locale = String(name.dropFirst("text/".count).dropLast(".yaml".count))
            guard let file = files[name] else { continue }
            // A business's own words go over the built-in ones key by key: a file written for an older release keeps the
            // words added since (the deposit pages' `pay_*`).
            let beneath = file.path == nil ? [:] : try builtIn[name].map(words) ?? [:]
            text[locale] = beneath.merging(try words(file)) { _, own in own }
        }
        guard let english = text["en"].map({ Set($0.keys) }) else { throw Missing(description: "text/en.yaml is missing") }
        for (locale, words) in text where locale != "en" {
            let missing = english.subtracting(words.keys)
            if !missing.isEmpty {
                throw Missing(description: "\(files["text/\(locale).yaml"]?.shown ?? locale) lacks \(missing.sorted().joined(separator: ", "))")
            }
        }
        var assets: [String: [UInt8]] = [:]
        for name in ["app.css", "app.js", "book.css"] {
            guard let file = files["static/\(name)"] else { throw Missing(description: "static/\(name) is missing") }
            assets[name] = Array(file.contents)
        }
        return DeskFiles(templates: templates, text: text, assets: assets)
    }

    /// One `text/<locale>.yaml`: key to words.
    static func words(_ file: CatalogueFiles.File) throws -> [String: String] {
        guard let source = file.text else { throw Missing(description: "\(file.shown) cannot be read as UTF-8 text") }
        let loaded: Any?
        do { loaded = try Yams.load(yaml: source) } catch {
            throw Missing(description: "\(file.shown): not valid YAML: \(error)")
        }
        guard let words = loaded as? [String: Any] else { throw Missing(description: "\(file.shown) is not a mapping of key: text") }
        return words.mapValues { "\($0)" }
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
