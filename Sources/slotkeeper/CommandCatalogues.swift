import Catalogues
import Dialogs
import Foundation
import Intents
import Server

/// The reply rules (`intents/`), the messages (`dialogs/`) and the web pages (`dashboard/`) as the commands that run the
/// engine need them: the ones built into the program, with a business's own folder over each when one is set.
enum CommandCatalogues {
    /// Reply rules and messages; `settings` are the environment, or serve's settings (file and environment).
    static func load(settings: [String: String] = ProcessInfo.processInfo.environment) throws -> (matcher: ReplyMatcher, dialogs: DialogCatalogue) {
        do {
            let intents = try IntentCatalogue.load(files: try CatalogueFiles.resolve(.intents, settings: settings))
            let files = try CatalogueFiles.resolve(.dialogs, settings: settings)
            let dialogs = try DialogCatalogue.load(files: files)
            // A business's own messages are proved as `dialogs check` proves them: a message that could not be sent stops start-up.
            if !files.own.isEmpty {
                let problems = dialogs.check().problems
                if !problems.isEmpty {
                    throw CommandFailure("your own messages have \(problems.count) problem\(problems.count == 1 ? "" : "s") "
                                         + "(slotkeeper dialogs check --dialogs \(files.folder ?? "FOLDER") lists them):\n"
                                         + problems.prefix(10).map(\.description).joined(separator: "\n"))
                }
            }
            return (ReplyMatcher(catalogue: intents), dialogs)
        } catch let error as CommandFailure {
            throw error
        } catch let error as DialogError {
            throw CommandFailure("the messages cannot be loaded:\n\(error)")
        } catch {
            throw CommandFailure("\(error)")
        }
    }

    /// The dashboard's and booking page's templates, words and styles.
    static func dashboard(settings: [String: String] = ProcessInfo.processInfo.environment) throws -> DeskFiles {
        do {
            return try DeskFiles.load(files: try CatalogueFiles.resolve(.dashboard, settings: settings))
        } catch {
            throw CommandFailure("the dashboard's files cannot be loaded: \(error)")
        }
    }
}
