import Foundation
import Store
import Testing

/// Where the store lives, as `--database` or `SLOTKEEPER_DATABASE_URL` say it: a SQLite path or a PostgreSQL URL, and a
/// message that says how to write it when it is wrong.
@Suite("Store addresses")
struct StoreAddressTests {
    @Test("a path or sqlite: URL is a SQLite file; a postgres:// URL is PostgreSQL, named without its password")
    func kinds() throws {
        #expect(try StoreAddress("spa.sqlite") == .sqlite(path: "spa.sqlite"))
        #expect(try StoreAddress("sqlite:///var/lib/slotkeeper/spa.sqlite") == .sqlite(path: "/var/lib/slotkeeper/spa.sqlite"))
        #expect(try StoreAddress("sqlite:spa.sqlite") == .sqlite(path: "spa.sqlite"))
        let pg = try StoreAddress("postgres://slotkeeper:s3cret@db.internal:5433/spa?sslmode=require")
        #expect(pg == .postgres(url: "postgres://slotkeeper:s3cret@db.internal:5433/spa?sslmode=require"))
        #expect("\(pg)" == "postgres://slotkeeper:***@db.internal:5433/spa?sslmode=require")
        #expect(try StoreAddress("postgresql://slotkeeper@localhost/spa") == .postgres(url: "postgresql://slotkeeper@localhost/spa"))
    }

    @Test("what is missing or wrong is named, with how to write it", arguments: [
        ("", "empty"),
        ("postgres://db.internal/spa", "names no user"),
        ("postgres://slotkeeper@db.internal", "names no database"),
        ("postgres://slotkeeper@db.internal/spa?sslmode=sometimes", "sslmode=sometimes"),
        ("mysql://slotkeeper@db.internal/spa", "\"mysql\" databases are not supported"),
    ])
    func refused(text: String, says: String) {
        #expect { _ = try StoreAddress(text) } throws: { "\($0)".contains(says) }
    }

    @Test("a PostgreSQL server that doesn't answer is named, without the password, when the store opens")
    func unreachable() async throws {
        let address = try StoreAddress("postgres://slotkeeper:s3cret@127.0.0.1:1/spa")
        await #expect {
            _ = try await address.open()
        } throws: { error in
            let text = "\(error)"
            return text.contains("cannot connect to PostgreSQL at postgres://slotkeeper:***@127.0.0.1:1/spa") && !text.contains("s3cret")
        }
    }
}
