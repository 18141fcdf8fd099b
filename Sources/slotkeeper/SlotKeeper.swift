import ArgumentParser

/// The `slotkeeper` command line.
@main
struct SlotKeeper: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "slotkeeper",
        abstract: "A self-hosted conversational booking agent for spas, salons and clinics.",
        subcommands: [IntentCommand.self]
    )
}
