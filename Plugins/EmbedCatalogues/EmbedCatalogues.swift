import Foundation
import PackagePlugin

/// Builds the package's `intents/`, `dialogs/` and `dashboard/` into the `Catalogues` target: every file of those folders
/// is an input, so editing, adding or removing one rebuilds the embedded copy.
@main
struct EmbedCatalogues: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        var names: [String] = []
        for folder in ["intents", "dialogs", "dashboard"] {
            let base = root.appending(path: folder)
            guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey],
                                                              options: [.skipsHiddenFiles]) else { continue }
            for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                let relative = String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count))
                    .trimmingCharacters(in: CharacterSet(charactersIn: "/"))
                if relative.hasSuffix("~") || relative.hasSuffix(".swp") { continue }
                names.append(relative)
            }
        }
        let output = context.pluginWorkDirectoryURL.appending(path: "BuiltInFiles.swift")
        return [.buildCommand(displayName: "Embedding \(names.count) catalogue files",
                              executable: try context.tool(named: "CatalogueEmbedder").url,
                              arguments: [output.path, root.path] + names.sorted(),
                              inputFiles: names.map { root.appending(path: $0) },
                              outputFiles: [output])]
    }
}
