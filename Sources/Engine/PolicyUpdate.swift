import BookingCore
import Foundation
import Store

/// Puts a policy document in force, the same way whoever sends it: the settings file when serve starts, the admin API, the
/// settings page. The document is read and checked as a whole against the business's locations first; with any problem,
/// nothing changes.
public enum PolicyUpdate {
    /// What `document` means for the whole business and each of its locations, or every problem it has.
    public static func check(_ document: DocumentValue, in store: any BookingStore, prefix: String = "") async throws -> Result<PolicySet, PolicyProblems> {
        let locations = try await store.locations().map(\.id)
        return PolicyDocument.readSet(document, locations: locations, prefix: prefix)
    }

    /// Checks `document` and makes it the policy in force as a new version; throws `PolicyProblems` (nothing changed) or
    /// `StoreError.policyChanged` when `basedOn` is not the current version.
    @discardableResult
    public static func apply(_ document: DocumentValue, to store: any BookingStore, source: PolicySource, actor: Actor, note: String = "",
                             basedOn: Int? = nil, at now: Date, prefix: String = "") async throws -> PolicyRecord {
        let set = try await check(document, in: store, prefix: prefix).get()
        return try await store.setPolicies(PolicyChange(document: document, policies: set, source: source, actor: actor, note: note, at: now,
                                                        basedOn: basedOn))
    }

    /// The settings file's policy, applied only when it differs from the last one applied from the file: editing the file changes
    /// the policy at the next start, and a change made through the API since stays in force while the file is left alone.
    /// Returns the new version, or nil when the file's policy was in force already.
    public static func applyFile(_ document: DocumentValue, to store: any BookingStore, at now: Date) async throws -> PolicyRecord? {
        if let last = try await store.latestPolicy(from: .file), last.document.sortedKeys == document.sortedKeys {
            _ = try await check(document, in: store, prefix: "policies.").get()
            return nil
        }
        return try await apply(document, to: store, source: .file, actor: .system("settings-file"), note: "slotkeeper.yaml", at: now,
                               prefix: "policies.")
    }
}
