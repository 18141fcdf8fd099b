extension MessageName {
    /// Every message's variables that can fill a provider template's parameters (all but lists and transcripts), by
    /// message name: what the WhatsApp settings check their templates against at start-up.
    public static var templateVariables: [String: Set<String>] {
        Dictionary(uniqueKeysWithValues: allCases.map { name in
            (name.rawValue, Set(name.variables.filter { $0.kind != .slots && $0.kind != .transcript }.map(\.name)))
        })
    }
}
