import ArgumentParser
import BookingCore
import Catalogues
import Dialogs
import Foundation

/// `slotkeeper dialogs`: checks the message catalogue and previews one message.
struct DialogsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dialogs",
        abstract: "Check the message catalogue (dialogs/*.yaml) or preview one message.",
        subcommands: [Check.self, Preview.self])

    /// Where the catalogue is, shared by both subcommands.
    struct Location: ParsableArguments {
        @Option(help: ArgumentHelp("Your own folder of <locale>.yaml files, each replacing or adding to the built-in language of its name (default: SLOTKEEPER_DIALOGS_DIR; else the built-in messages alone).", valueName: "folder"))
        var dialogs: String?

        /// The catalogue, and the business's own files in it.
        func load() throws -> (catalogue: DialogCatalogue, own: [CatalogueFiles.File]) {
            do {
                let files = try CatalogueFiles.resolve(.dialogs, explicit: dialogs)
                return (try DialogCatalogue.load(files: files), files.own)
            } catch let e as DialogError {
                throw CommandFailure(e.description)
            } catch {
                throw CommandFailure("\(error)")
            }
        }
    }

    /// `slotkeeper dialogs check`.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Prove the catalogue: every language has every message and variant, every variable is supplied, SMS fits 2 segments, button limits hold.")

        @OptionGroup var location: Location

        func run() throws {
            let (catalogue, own) = try location.load()
            let report = catalogue.check()
            let locales = catalogue.locales.keys.sorted()
            guard report.problems.isEmpty else {
                throw CommandFailure(report.problems.map(\.description).joined(separator: "\n")
                    + "\n\(report.problems.count) problem\(report.problems.count == 1 ? "" : "s") in the catalogue (\(locales.joined(separator: ", "))).")
            }
            print("Dialogs OK: \(MessageName.allCases.count) messages in \(locales.count) languages (\(locales.joined(separator: ", "))), \(report.renderings) renderings checked.")
            print(own.isEmpty ? "  the built-in messages (no folder of your own)"
                  : "  your own files over the built-in ones: " + own.map { $0.path ?? $0.name }.joined(separator: ", "))
            for locale in locales {
                if let worst = report.worstSMS[locale] {
                    print("  \(locale): longest SMS with long values is \(worst.message.rawValue): \(worst.segments)")
                }
            }
        }
    }

    /// `slotkeeper dialogs preview NAME --locale es --channel sms`.
    struct Preview: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Render one message with sample data and show its text, buttons, subject and SMS segments.")

        @OptionGroup var location: Location

        @Argument(help: ArgumentHelp("The message, e.g. reminder_confirm.", valueName: "name"))
        var name: String

        @Option(help: "The language, e.g. en, es, ru.")
        var locale: String = "en"

        @Option(help: "sms, whatsapp, telegram, email or simulator.")
        var channel: String = "sms"

        @Flag(help: "Use the longest realistic sample values instead of typical ones.")
        var long = false

        func validate() throws {
            if MessageName(rawValue: name) == nil {
                throw ValidationError("\"\(name)\" is not a message; one of: \(MessageName.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            if Channel(rawValue: channel) == nil {
                throw ValidationError("--channel \"\(channel)\" is not one of \(Channel.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }

        func run() throws {
            let catalogue = try location.load().catalogue
            let message = MessageName(rawValue: name)!, ch = Channel(rawValue: channel)!
            let rendered: RenderedMessage
            do {
                rendered = try catalogue.render(message, locale: locale, channel: ch,
                                                variables: DialogSamples.variables(for: message, locale: locale, long: long))
            } catch let e as DialogError { throw CommandFailure(e.description) }
            print("\(message.rawValue) · \(rendered.locale)\(rendered.locale == locale ? "" : " (no \(locale), fell back)") · \(ch.rawValue)")
            if let subject = rendered.subject { print("Subject: \(subject)") }
            print("")
            print(rendered.text)
            if !rendered.buttons.isEmpty {
                print("")
                for b in rendered.buttons { print("[\(b.title)] → \(b.payload)") }
            }
            if ch == .sms {
                print("")
                print("SMS: \(rendered.smsSegments)")
            }
        }
    }
}
