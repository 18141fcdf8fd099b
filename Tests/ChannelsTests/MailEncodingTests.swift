@testable import Channels
import Foundation
import Testing

/// The encodings mail is written in: quoted-printable, base64, RFC 2047 header words, charsets, addresses, Message-IDs.
@Suite("Mail encodings")
struct MailEncodingTests {
    static let quotedPrintable: [(String, String)] = [
        ("plain ASCII", "plain ASCII"),
        ("café", "caf=C3=A9"),
        ("a=b", "a=3Db"),
        ("trailing space ", "trailing space=20"),
        ("two\nlines", "two\r\nlines"),
        ("Привет", "=D0=9F=D1=80=D0=B8=D0=B2=D0=B5=D1=82"),
    ]

    @Test("quoted-printable encodes what must be", arguments: quotedPrintable)
    func encodesQuotedPrintable(_ text: String, _ expected: String) {
        #expect(TransferEncoding.quotedPrintable(text) == expected)
    }

    @Test("quoted-printable lines stay within 76 characters and decode back", arguments: [
        String(repeating: "Ваша запись во вторник в 10:00. ", count: 20),
        String(repeating: "x", count: 2000),
        "line one\nline two with = and trailing tab\t\n\nлиния",
    ])
    func quotedPrintableRoundTrip(_ text: String) {
        let encoded = TransferEncoding.quotedPrintable(text)
        #expect(encoded.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 76 })
        let decoded = String(decoding: TransferEncoding.decodeQuotedPrintable(Array(encoded.utf8)), as: UTF8.self)
        #expect(decoded == text.replacingOccurrences(of: "\n", with: "\r\n"))
    }

    static let decodedQuotedPrintable: [(String, String)] = [
        ("soft=\r\nbreak", "softbreak"),
        ("lower =c3=a9 hex", "lower é hex"),
        ("trailing blanks   \r\nnext", "trailing blanks\r\nnext"),
        ("a lone = sign", "a lone = sign"),
        ("=E2=80=94 dash", "— dash"),
    ]

    @Test("quoted-printable decodes leniently", arguments: decodedQuotedPrintable)
    func decodesQuotedPrintable(_ encoded: String, _ expected: String) {
        #expect(String(decoding: TransferEncoding.decodeQuotedPrintable(Array(encoded.utf8)), as: UTF8.self) == expected)
    }

    @Test("base64 decodes across line breaks and stops at padding")
    func decodesBase64() {
        #expect(String(decoding: TransferEncoding.decodeBase64(Array("0JTQsCwg\r\n0L/RgNC40LTRgw==\r\n".utf8)), as: UTF8.self) == "Да, приду")
        let bytes = (0..<200).map { UInt8($0) }
        #expect(TransferEncoding.decodeBase64(Array(TransferEncoding.base64Lines(bytes).utf8)) == bytes)
        #expect(TransferEncoding.base64Lines(bytes).components(separatedBy: "\r\n").allSatisfy { $0.count <= 76 })
    }

    static let encodedWords: [(String, String)] = [
        ("=?UTF-8?B?0JTQsCwg0L/RgNC40LTRgw==?=", "Да, приду"),
        ("Re: =?utf-8?Q?Tu_cita_del_martes?=", "Re: Tu cita del martes"),
        ("=?ISO-8859-1?Q?Confirmaci=F3n?= de cita", "Confirmación de cita"),
        ("=?UTF-8?B?0JLQsNGI0LA=?= =?UTF-8?B?INC30LDQv9C40YHRjA==?=", "Ваша запись"),
        ("=?UTF-8?Q?=D0=92=D0?= =?UTF-8?Q?=B0?=", "Ва"),
        ("=?koi8-r?B?7sHQz83JzsHOycU=?=", "Напоминание"),
        ("=?windows-1251?Q?=C4=E0?=", "Да"),
        ("=?UTF-8*es?Q?S=C3=AD?=", "Sí"),
        ("plain =? not a word", "plain =? not a word"),
        ("a =?UTF-8?Q?b?= c", "a b c"),
    ]

    @Test("RFC 2047 words decode, adjacent ones joined", arguments: encodedWords)
    func decodesEncodedWords(_ header: String, _ expected: String) {
        #expect(EncodedWord.decode(header) == expected)
    }

    @Test("non-ASCII subjects become encoded-words of whole characters that decode back", arguments: [
        "Ваша запись во вторник 24 ноября в 10:00 — подтвердите, пожалуйста", "Recordatorio: tu cita del martes", "Plain reminder", "🙂 emoji",
    ])
    func encodesSubjects(_ subject: String) {
        let encoded = EncodedWord.encode(subject)
        #expect(encoded.components(separatedBy: "\r\n").allSatisfy { ("Subject: " + $0).utf8.count <= 78 })
        #expect(EncodedWord.decode(encoded.replacingOccurrences(of: "\r\n", with: "")) == subject)
        #expect(encoded.unicodeScalars.allSatisfy { $0.isASCII })
    }

    static let charsets: [([UInt8], String, String)] = [
        ([0xC4, 0xE0], "windows-1251", "Да"),
        ([0xE4, 0xC1], "KOI8-R", "Да"),
        ([0xB4, 0xD0], "iso-8859-5", "Да"),
        ([0x63, 0x61, 0x66, 0xE9], "ISO-8859-1", "café"),
        ([0xA4], "iso-8859-15", "€"),
        ([0x80], "windows-1252", "€"),
        ([0xD0, 0x94, 0xD0, 0xB0], "utf-8", "Да"),
        ([0xD0, 0x94, 0xD0, 0xB0], "x-unknown", "Да"),
        ([0x63, 0x61, 0x66, 0xE9], "utf-8", "café"),
    ]

    @Test("charsets decode, and a wrong label still yields text", arguments: charsets)
    func decodesCharsets(_ bytes: [UInt8], _ charset: String, _ expected: String) {
        #expect(Charset.decode(bytes, charset: charset) == expected)
    }

    static let addresses: [(String, String?, String?)] = [
        ("Soho Spa <bookings@spa.example.com>", "Soho Spa", "bookings@spa.example.com"),
        ("\"Smith, Anna\" <Anna.Smith@example.com>", "Smith, Anna", "Anna.Smith@example.com"),
        ("=?UTF-8?B?0J7Qu9GM0LPQsA==?= <olga@example.ru>", "Ольга", "olga@example.ru"),
        ("<ana@example.es>", nil, "ana@example.es"),
        ("ana@example.es", nil, "ana@example.es"),
        ("ana@example.es (Ana García)", "Ana García", "ana@example.es"),
        ("\"a <b@c.d>\" <real@example.com>", "a <b@c.d>", "real@example.com"),
        ("Not an address", nil, nil),
        ("Evil <a@b.c>\r\nBcc: x@y.z>", "Evil", "a@b.c"),
    ]

    @Test("addresses parse from From headers", arguments: addresses)
    func parsesAddresses(_ header: String, _ name: String?, _ address: String?) {
        let parsed = MailAddress.parse(header)
        #expect(parsed?.name == name)
        #expect(parsed?.address == address)
    }

    static let phrases: [(String, String)] = [
        ("Soho Spa", "Soho Spa <bookings@spa.example.com>"),
        ("Soho Spa, London", "\"Soho Spa, London\" <bookings@spa.example.com>"),
        ("Spa \"Lux\"", "\"Spa \\\"Lux\\\"\" <bookings@spa.example.com>"),
        ("Салон Лотос", "=?UTF-8?B?0KHQsNC70L7QvSDQm9C+0YLQvtGB?= <bookings@spa.example.com>"),
    ]

    @Test("display names are written as header phrases", arguments: phrases)
    func writesPhrases(_ name: String, _ expected: String) {
        let address = MailAddress(name: name, address: "bookings@spa.example.com")
        #expect(address.header == expected)
        #expect(MailAddress.parse(address.header) == address)
    }

    static let messageIDs: [(String, [String])] = [
        ("<abc@example.com>", ["abc@example.com"]),
        ("<a@x> <b@y>\r\n <c@z>", ["a@x", "b@y", "c@z"]),
        ("(comment) <a@x>", ["a@x"]),
        ("bare@example.com", ["bare@example.com"]),
        ("", []),
    ]

    @Test("Message-ID lists", arguments: messageIDs)
    func parsesMessageIDs(_ value: String, _ expected: [String]) {
        #expect(MessageID.list(value) == expected)
    }
}
