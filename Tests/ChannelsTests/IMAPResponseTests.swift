@testable import Channels
import Testing

/// The IMAP answers libcurl passes through, read byte-exactly.
@Suite("IMAP responses")
struct IMAPResponseTests {
    static let searches: [(String, [UInt32])] = [
        ("* SEARCH 3 7 12\r\n", [3, 7, 12]),
        ("* SEARCH\r\n", []),
        ("* search 5\r\n", [5]),
        ("* 4 EXISTS\r\n* SEARCH 9\r\n", [9]),
        ("", []),
    ]

    @Test("UID SEARCH results", arguments: searches)
    func search(_ output: String, _ expected: [UInt32]) {
        #expect(IMAPResponse.searchUIDs(Array(output.utf8)) == expected)
    }

    static let fetches: [(String, IMAPResponse.Fetched)] = [
        ("* 1 FETCH (UID 7 BODY[] {5}\r\nHello)\r\nA004 OK done\r\n", .message(Array("Hello".utf8))),
        ("* OK [UIDVALIDITY 1]\r\n* 2 FETCH (FLAGS (\\Seen) UID 7 BODY[] {7}\r\nab\r\ncd\r\n)\r\n", .message(Array("ab\r\ncd\r".utf8))),
        ("* 1 FETCH (UID 7 BODY[] {4+}\r\nHey!)\r\n", .message(Array("Hey!".utf8))),
        ("* 1 FETCH (UID 7 FLAGS (\\Seen))\r\nA004 OK done\r\n", .gone),
        ("A004 OK Fetch completed.\r\n", .gone),
        ("* 1 FETCH (UID 7 BODY[] {50}\r\nshort)\r\n", .truncated),
    ]

    @Test("UID FETCH BODY.PEEK[]: the literal, exactly its announced length", arguments: fetches)
    func fetch(_ transcript: String, _ expected: IMAPResponse.Fetched) {
        #expect(IMAPResponse.fetchedMessage(Array(transcript.utf8)) == expected)
    }
}
