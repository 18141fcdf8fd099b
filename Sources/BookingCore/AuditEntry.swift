import Foundation

/// One recorded change: who did what to which record, when and why.
public struct AuditEntry: Hashable, Sendable, Codable {
    public var at: Date
    public var actor: Actor
    /// The kind of record changed: `appointment`, `client`, …
    public var subjectKind: String
    public var subjectID: String
    /// What happened, as a verb: `confirmed`, `cancelled`, `moved`, …
    public var action: String
    /// Why, and any detail a person needs (a reason, the old and new times).
    public var detail: String

    public init(at: Date, actor: Actor, subjectKind: String, subjectID: String, action: String, detail: String = "") {
        self.at = at
        self.actor = actor
        self.subjectKind = subjectKind
        self.subjectID = subjectID
        self.action = action
        self.detail = detail
    }
}
