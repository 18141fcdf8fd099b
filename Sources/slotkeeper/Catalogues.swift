import Dialogs
import Intents

/// The reply rules from `intents/` and the messages from `dialogs/`, as every command that runs the engine needs them.
enum Catalogues {
    /// Both catalogues, found where the binary or the working directory keeps them; a failure explained to the user.
    static func load() throws -> (matcher: ReplyMatcher, dialogs: DialogCatalogue) {
        do {
            return (ReplyMatcher(catalogue: try IntentCatalogue.load(directory: try IntentCatalogue.locate())),
                    try DialogCatalogue.load(directory: try DialogCatalogue.locate()))
        } catch {
            throw CommandFailure("\(error)")
        }
    }
}
