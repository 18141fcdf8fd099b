import Foundation

/// The three folders of text a business may edit: reply understanding (`intents/`), the messages (`dialogs/`) and the web
/// pages' templates and words (`dashboard/`).
public enum CatalogueKind: String, Sendable, CaseIterable {
    case intents, dialogs, dashboard

    /// The environment variable (and `slotkeeper.yaml` key, `intents_dir:` …) naming a business's own folder.
    public var variable: String { "SLOTKEEPER_\(rawValue.uppercased())_DIR" }
}

/// The files of one catalogue: those built into the program, each replaced or joined by the file of the same name in a
/// business's own folder. A folder holding only `es.yaml` changes Spanish and keeps every other built-in file.
public struct CatalogueFiles: Sendable {
    /// One file: its name inside the catalogue (`en.yaml`, `templates/layout.mustache`) and where it came from.
    public struct File: Sendable {
        public let name: String
        public let contents: Data
        /// The path of a business's own file, or nil for a file built into the program.
        public let path: String?

        /// How errors name it: the path of an own file, else its name.
        public var shown: String { path ?? name }
        /// The contents as UTF-8 text, nil when they are not.
        public var text: String? { String(data: contents, encoding: .utf8) }
    }

    /// Every file by name.
    public let files: [String: File]
    /// The folder that overrides the built-in files, if any.
    public let folder: String?

    public init(files: [String: File], folder: String?) {
        self.files = files
        self.folder = folder
    }

    /// The catalogue built into the program (the release's `intents/`, `dialogs/` or `dashboard/`).
    public static func builtIn(_ kind: CatalogueKind) -> CatalogueFiles {
        let prefix = kind.rawValue + "/"
        var files: [String: File] = [:]
        for (path, base64) in BuiltInFiles.entries where path.hasPrefix(prefix) {
            let name = String(path.dropFirst(prefix.count))
            files[name] = File(name: name, contents: Data(base64Encoded: base64) ?? Data(), path: nil)
        }
        return CatalogueFiles(files: files, folder: nil)
    }

    /// The files of `folder` alone, nothing built in (tests, and checking a folder on its own).
    public static func folder(_ folder: URL) throws -> CatalogueFiles {
        try CatalogueFiles(files: [:], folder: nil).overlaid(by: folder)
    }

    /// The built-in files, overlaid by the business's folder when one is named: `explicit` (a command's option), else the
    /// kind's setting or environment variable. A named folder that does not exist is an error, never silently ignored.
    public static func resolve(_ kind: CatalogueKind, explicit: String? = nil,
                               settings: [String: String] = ProcessInfo.processInfo.environment) throws -> CatalogueFiles {
        let builtIn = builtIn(kind)
        if let explicit, !explicit.isEmpty {
            return try builtIn.overlaid(by: URL(fileURLWithPath: explicit), named: explicit)
        }
        if let own = settings[kind.variable], !own.isEmpty {
            return try builtIn.overlaid(by: URL(fileURLWithPath: own), named: "\(kind.variable)=\(own)")
        }
        return builtIn
    }

    /// These files with every regular file of `folder` (and its subfolders) put in by name, replacing any of the same name.
    /// Hidden files and editor leftovers (`.swp`, `~`) are skipped.
    public func overlaid(by folder: URL, named shownName: String? = nil) throws -> CatalogueFiles {
        let shown = shownName ?? folder.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CatalogueFolderError(description: "\(shown): no such folder")
        }
        let root = folder.standardizedFileURL.resolvingSymlinksInPath()
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles]) else {
            throw CatalogueFolderError(description: "\(shown): cannot be read")
        }
        var files = self.files
        for case let url as URL in walker {
            // Through links, as a mounted config map has them: a link to a file is that file, named by the link.
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            let full = url.standardizedFileURL.path
            guard full.hasPrefix(root.path + "/") else { continue }
            var name = String(full.dropFirst(root.path.count + 1))
            if name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".orig") { continue }
            // `en.yml` is the business's `en.yaml`: it replaces the built-in one rather than loading beside it.
            if name.hasSuffix(".yml") { name = String(name.dropLast(4)) + ".yaml" }
            guard let contents = FileManager.default.contents(atPath: url.path) else {
                throw CatalogueFolderError(description: "\(url.path): cannot be read")
            }
            files[name] = File(name: name, contents: contents, path: url.path)
        }
        return CatalogueFiles(files: files, folder: folder.path)
    }

    /// The names directly in `subfolder` ("" for the top) ending in one of `suffixes`, sorted.
    public func names(in subfolder: String = "", endingIn suffixes: [String]) -> [String] {
        let prefix = subfolder.isEmpty ? "" : subfolder + "/"
        return files.keys.filter { name in
            name.hasPrefix(prefix) && !name.dropFirst(prefix.count).contains("/") && suffixes.contains { name.hasSuffix($0) }
        }.sorted()
    }

    public subscript(name: String) -> File? { files[name] }

    /// The files that come from the business's folder, by name.
    public var own: [File] { files.values.filter { $0.path != nil }.sorted { $0.name < $1.name } }
}

/// A named catalogue folder is missing or unreadable.
public struct CatalogueFolderError: Error, CustomStringConvertible, Sendable {
    public let description: String
}
