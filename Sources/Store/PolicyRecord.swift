import BookingCore
import Foundation

/// Where a policy version came from.
public enum PolicySource: String, Hashable, Sendable, Codable, CaseIterable {
    /// The `policies:` section of `slotkeeper.yaml`, applied when serve started.
    case file
    /// `PUT /api/v1/policies`.
    case api
    /// The dashboard's settings page, by a manager or the owner.
    case dashboard
    /// A `slotkeeper` command (the demo sets its spa's policy this way).
    case command
}

/// One version of the business's policies: the document as it was set, with who set it, when, from where and why.
/// Versions only ever get added, so a report can tell which rule applied at any moment.
public struct PolicyRecord: Hashable, Sendable {
    /// 1 for the first policy set, then one more for each change.
    public var version: Int
    /// The document as set: the business-wide settings and, under `locations`, each location's own.
    public var document: DocumentValue
    public var source: PolicySource
    public var actor: Actor
    public var note: String
    public var at: Date

    public init(version: Int, document: DocumentValue, source: PolicySource, actor: Actor, note: String, at: Date) {
        self.version = version
        self.document = document
        self.source = source
        self.actor = actor
        self.note = note
        self.at = at
    }
}

/// A new policy to put in force: the document, what it means per location (already read and checked), and who sets it.
public struct PolicyChange: Sendable {
    public var document: DocumentValue
    public var policies: PolicySet
    public var source: PolicySource
    public var actor: Actor
    public var note: String
    public var at: Date
    /// The version the change was made against; when another change came first, the store refuses with `StoreError.policyChanged`.
    public var basedOn: Int?

    public init(document: DocumentValue, policies: PolicySet, source: PolicySource, actor: Actor, note: String = "", at: Date, basedOn: Int? = nil) {
        self.document = document
        self.policies = policies
        self.source = source
        self.actor = actor
        self.note = note
        self.at = at
        self.basedOn = basedOn
    }
}
