import BookingCore
import Foundation
import GRDB

/// Policy versions: each change of the business's policies is a new version, written with the policies it puts in force.
extension SQLBookingStore {
    @discardableResult
    public func setPolicies(_ change: PolicyChange) async throws -> PolicyRecord {
        try await writing { db in
            // One policy change at a time, whatever the process: the first to move the catalogue's version holds its row
            // until it commits, and the next reads the versions after that.
            try db.execute("UPDATE catalogue_version SET version = version + 1 WHERE id = 1")
            // The settings file applied by several processes starting together is one version, not one each.
            if change.source == .file, change.basedOn == nil,
               let last = try Self.policyRecords(db, where: "source = ?", arguments: [PolicySource.file.rawValue], limit: 1).first,
               try Self.policyRecords(db, where: "TRUE", limit: 1).first?.version == last.version,
               last.document.sortedKeys == change.document.sortedKeys {
                return last
            }
            let current = try db.value(Int.self, "SELECT MAX(version) FROM policy_version", []) ?? 0
            if let base = change.basedOn, base != current { throw StoreError.policyChanged(current: current) }
            try db.execute("DELETE FROM policy", [])
            try db.execute("INSERT INTO policy (scope, document) VALUES ('*', ?)", [try RecordCoding.json(change.policies.business)])
            for (location, p) in change.policies.locations.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                try db.execute("INSERT INTO policy (scope, document) VALUES (?, ?)", [location.rawValue, try RecordCoding.json(p)])
            }
            let record = PolicyRecord(version: current + 1, document: change.document, source: change.source, actor: change.actor,
                                      note: change.note, at: change.at)
            try db.execute("INSERT INTO policy_version (version, document, source, actor, note, at) VALUES (?, ?, ?, ?, ?, ?)", [record.version, record.document.json(indent: nil), record.source.rawValue, record.actor.description,
                                       record.note, record.at.timeIntervalSince1970])
            try RecordCoding.insert(AuditEntry(at: change.at, actor: change.actor, subjectKind: "policy", subjectID: String(record.version),
                                               action: "policiesChanged",
                                               detail: "version \(record.version) from the \(change.source.rawValue)"
                                                   + (change.note.isEmpty ? "" : ": \(change.note)")), db)
            return record
        }
    }

    public func currentPolicy() async throws -> PolicyRecord? {
        try await reading { db in try Self.policyRecords(db, where: "TRUE", limit: 1).first }
    }

    public func latestPolicy(from source: PolicySource) async throws -> PolicyRecord? {
        try await reading { db in try Self.policyRecords(db, where: "source = ?", arguments: [source.rawValue], limit: 1).first }
    }

    public func policyHistory(limit: Int) async throws -> [PolicyRecord] {
        try await reading { db in try Self.policyRecords(db, where: "TRUE", limit: limit) }
    }

    static func policyRecords(_ db: any SQLExecutor, where condition: String, arguments: SQLArguments = [], limit: Int) throws -> [PolicyRecord] {
        try db.rows("SELECT * FROM policy_version WHERE \(condition) ORDER BY version DESC LIMIT \(max(1, limit))", arguments)
            .map { r in
                let text: String = r["document"]
                let document = try JSONDecoder().decode(DocumentValue.self, from: Data(text.utf8))
                let source: String = r["source"], actor: String = r["actor"]
                return PolicyRecord(version: r["version"], document: document, source: PolicySource(rawValue: source) ?? .api,
                                    actor: Actor(text: actor) ?? .system("unknown"), note: r["note"], at: Date(timeIntervalSince1970: r["at"]))
            }
    }
}
