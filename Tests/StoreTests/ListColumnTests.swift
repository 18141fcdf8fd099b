import Foundation
@testable import Store
import Testing

/// A client's tags and opted-out channels are stored as JSON lists and read back by a short path that skips the JSON
/// decoder: what was written comes back exactly, whatever the strings hold.
@Suite("List columns")
struct ListColumnTests {
    @Test("a list written to a column reads back the same", arguments: [
        [String](), ["sms"], ["sms", "email", "whatsapp"], ["vip", "a,b"], ["quote\"d", "back\\slash"], ["José", "маша", "✓"],
        [" padded "], [""], ["", ""], ["[", "]"], ["line\nbreak"],
    ])
    func roundTrip(list: [String]) throws {
        #expect(try RecordCoding.strings(try RecordCoding.json(list), column: "client.tags") == list)
    }

    @Test("lists written by hand or by older releases, with spaces, read as their strings", arguments: [
        ("[]", [String]()), ("[ ]", []), ("[\"sms\"]", ["sms"]), ("[ \"sms\" , \"email\" ]", ["sms", "email"]),
        ("[\"a\",\"b\"]", ["a", "b"]),
    ])
    func handWritten(text: String, list: [String]) throws {
        #expect(try RecordCoding.strings(text, column: "client.tags") == list)
    }

    @Test("a column that holds no list is refused with its name", arguments: ["", "sms", "[sms]", "{\"a\":1}"])
    func refused(text: String) {
        let error = #expect(throws: StoreError.self) { try RecordCoding.strings(text, column: "client.tags") }
        #expect(error.map { "\($0)" }?.contains("client.tags") == true)
    }
}
