import BookingCore
import Foundation
import GRDB

extension SQLTransaction {
    /// Stores a one-time code that links the chat using it to `client` until `expiresAt`.
    public func createTelegramLink(code: String, client: ClientID, expiresAt: Date, at now: Date) throws {
        guard try db.exists(table: "client", id: client.rawValue) else { throw StoreError.notFound(kind: "client", id: client.rawValue) }
        try exec("INSERT INTO telegram_link (code, client_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
                 arguments: [code, client.rawValue, now.timeIntervalSince1970, expiresAt.timeIntervalSince1970])
    }

    /// Burns `code` for `chat` if it is unused and unexpired at `now`.
    public func redeemTelegramLink(code: String, chat: String, at now: Date) throws -> TelegramLinkRedemption {
        guard let row = try db.row("SELECT * FROM telegram_link WHERE code = ?", [code]) else { return .invalid }
        let client = ClientID(row["client_id"] as String)
        let usedBy: String? = row["used_by_chat"]
        if let usedBy { return usedBy == chat ? .alreadyUsedHere(client) : .invalid }
        guard now.timeIntervalSince1970 < row["expires_at"] as Double else { return .invalid }
        try exec("UPDATE telegram_link SET used_at = ?, used_by_chat = ? WHERE code = ? AND used_by_chat IS NULL",
                 arguments: [now.timeIntervalSince1970, chat, code])
        return .linked(client)
    }

    /// Makes `address` the client's address on `channel`, taking it from any other client who had it (audited), and clears
    /// an opt-out there: linking is the client asking for messages on that channel.
    public func linkAddress(_ address: String, channel: Channel, to client: ClientID, preferred: Bool, by actor: Actor, at now: Date) throws {
        if let owner = try db.value(String.self, "SELECT client_id FROM client_address WHERE channel = ? AND address = ? AND client_id <> ?", [channel.rawValue, address, client.rawValue]) {
            try exec("DELETE FROM client_address WHERE client_id = ? AND channel = ?", arguments: [owner, channel.rawValue])
            try exec("UPDATE client SET preferred_channel = NULL WHERE id = ? AND preferred_channel = ?", arguments: [owner, channel.rawValue])
            try audit(AuditEntry(at: now, actor: actor, subjectKind: "client", subjectID: owner, action: "addressRemoved",
                                 detail: "\(channel.rawValue) \(address) now belongs to client \(client)"))
        }
        try exec("""
            INSERT INTO client_address (client_id, channel, address) VALUES (?, ?, ?)
            ON CONFLICT(client_id, channel) DO UPDATE SET address = excluded.address
            """, arguments: [client.rawValue, channel.rawValue, address])
        try setOptedOut(client, channel: channel, false)
        if preferred { try exec("UPDATE client SET preferred_channel = ? WHERE id = ?", arguments: [channel.rawValue, client.rawValue]) }
        try audit(AuditEntry(at: now, actor: actor, subjectKind: "client", subjectID: client.rawValue, action: "addressLinked",
                             detail: "\(channel.rawValue) \(address)\(preferred ? ", now preferred" : "")"))
    }
}
