import BookingCore
import Foundation
import GRDB

/// Policy versions: each change of the business's policies is a new version, written with the policies it puts in force.
extension SQLiteBookingStore {
    @discardableResult
    public func setPolicies(_ change: PolicyChange) async throws -> PolicyRecord {
        try await pool.write { db in
            let current = try Int.fetchOne(db, sql: "SELECT MAX(version) FROM policy_version") ?? 0
            if let base = change.basedOn, base != current { throw StoreError.policyChanged(current: current) }
            try db.execute(sql: "DELETE FROM policy")
            try db.execute(sql: "INSERT INTO policy (scope, document) VALUES ('*', ?)", arguments: [try RecordCoding.json(change.policies.business)])
            for (location, p) in change.policies.locations.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                try db.execute(sql: "INSERT INTO policy (scope, document) VALUES (?, ?)", arguments: [location.rawValue, try RecordCoding.json(p)])
            }
            let record = PolicyRecord(version: current + 1, document: change.document, source: change.source, actor: change.actor,
                                      note: change.note, at: change.at)
            try db.execute(sql: "INSERT INTO policy_version (version, document, source, actor, note, at) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [record.version, record.document.json(indent: nil), record.source.rawValue, record.actor.description,
                                       record.note, record.at.timeIntervalSince1970])
            try RecordCoding.insert(AuditEntry(at: change.at, actor: change.actor, subjectKind: "policy", subjectID: String(record.version),
                                               action: "policiesChanged",
                                               detail: "version \(record.version) from the \(change.source.rawValue)"
                                                   + (change.note.isEmpty ? "" : ": \(change.note)")), db)
            return record
        }
    }

    public func currentPolicy() async throws -> PolicyRecord? {
        try await pool.read { db in try Self.policyRecords(db, where: "1", limit: 1).first }
    }

    public func latestPolicy(from source: PolicySource) async throws -> PolicyRecord? {
        try await pool.read { db in try Self.policyRecords(db, where: "source = ?", arguments: [source.rawValue], limit: 1).first }
    }

    public func policyHistory(limit: Int) async throws -> [PolicyRecord] {
        try await pool.read { db in try Self.policyRecords(db, where: "1", limit: limit) }
    }

    static func policyRecords(_ db: Database, where condition: String, arguments: StatementArguments = [], limit: Int) throws -> [PolicyRecord] {
        try Row.fetchAll(db, sql: "SELECT * FROM policy_version WHERE \(condition) ORDER BY version DESC LIMIT \(max(1, limit))", arguments: arguments)
            .map { r in
                let text: String = r["document"]
                let document = try JSONDecoder().decode(DocumentValue.self, from: Data(text.utf8))
                let source: String = r["source"], actor: String = r["actor"]
                return PolicyRecord(version: r["version"], document: document, source: PolicySource(rawValue: source) ?? .api,
                                    actor: Actor(text: actor) ?? .system("unknown"), note: r["note"], at: Date(timeIntervalSince1970: r["at"]))
            }
    }
}
