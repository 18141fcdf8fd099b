import Foundation

/// Turning a MIME part's bytes into text by its declared charset: UTF-8, US-ASCII, ISO-8859-1, -2, -5 and -15,
/// windows-1250/1251/1252 and KOI8-R (older Russian mail). An unknown or missing charset is read as UTF-8 when
/// the bytes are valid UTF-8, else as windows-1252, so no message is lost to a label.
enum Charset {
    /// The text of `bytes` in the named charset (case-insensitive, with the usual aliases).
    static func decode(_ bytes: [UInt8], charset name: String?) -> String {
        let label = (name ?? "").trimmingCharacters(in: CharacterSet(charactersIn: "\" \t")).lowercased()
        switch label {
        case "utf-8", "utf8", "us-ascii", "ascii", "":
            return utf8OrFallback(bytes)
        case "koi8-r", "koi8r", "koi8-u", "koi8u":
            return scalars(bytes) { $0 < 0x80 ? UInt32($0) : koi8r[Int($0) - 0x80] }
        case "iso-8859-5", "iso8859-5", "cyrillic":
            return scalars(bytes) { b in
                switch b {
                case 0..<0xA1, 0xAD: UInt32(b)
                case 0xF0: 0x2116
                case 0xFD: 0xA7
                default: 0x401 + UInt32(b - 0xA1)
                }
            }
        case "iso-8859-15", "iso8859-15", "latin-9", "latin9":
            let differing: [UInt8: UInt32] = [0xA4: 0x20AC, 0xA6: 0x160, 0xA8: 0x161, 0xB4: 0x17D, 0xB8: 0x17E, 0xBC: 0x152, 0xBD: 0x153, 0xBE: 0x178]
            return scalars(bytes) { differing[$0] ?? UInt32($0) }
        default:
            if let encoding = foundationEncoding(label), let text = String(bytes: bytes, encoding: encoding) { return text }
            return utf8OrFallback(bytes)
        }
    }

    private static func scalars(_ bytes: [UInt8], _ map: (UInt8) -> UInt32) -> String {
        var view = String.UnicodeScalarView()
        for b in bytes { view.append(Unicode.Scalar(map(b)) ?? "\u{FFFD}") }
        return String(view)
    }

    private static func utf8OrFallback(_ bytes: [UInt8]) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        return String(bytes: bytes, encoding: .windowsCP1252) ?? String(decoding: bytes, as: UTF8.self)
    }

    private static func foundationEncoding(_ label: String) -> String.Encoding? {
        switch label {
        case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "iso_8859-1": .isoLatin1
        case "windows-1252", "cp1252": .windowsCP1252
        case "windows-1251", "cp1251", "x-cp1251": .windowsCP1251
        case "windows-1250", "cp1250": .windowsCP1250
        case "iso-8859-2", "iso8859-2", "latin2": .isoLatin2
        default: nil
        }
    }

    /// KOI8-R's upper half (0x80–0xFF) as Unicode code points.
    private static let koi8r: [UInt32] = [
        0x2500, 0x2502, 0x250C, 0x2510, 0x2514, 0x2518, 0x251C, 0x2524, 0x252C, 0x2534, 0x253C, 0x2580, 0x2584, 0x2588, 0x258C, 0x2590,
        0x2591, 0x2592, 0x2593, 0x2320, 0x25A0, 0x2219, 0x221A, 0x2248, 0x2264, 0x2265, 0x00A0, 0x2321, 0x00B0, 0x00B2, 0x00B7, 0x00F7,
        0x2550, 0x2551, 0x2552, 0x0451, 0x2553, 0x2554, 0x2555, 0x2556, 0x2557, 0x2558, 0x2559, 0x255A, 0x255B, 0x255C, 0x255D, 0x255E,
        0x255F, 0x2560, 0x2561, 0x0401, 0x2562, 0x2563, 0x2564, 0x2565, 0x2566, 0x2567, 0x2568, 0x2569, 0x256A, 0x256B, 0x256C, 0x00A9,
        0x044E, 0x0430, 0x0431, 0x0446, 0x0434, 0x0435, 0x0444, 0x0433, 0x0445, 0x0438, 0x0439, 0x043A, 0x043B, 0x043C, 0x043D, 0x043E,
        0x043F, 0x044F, 0x0440, 0x0441, 0x0442, 0x0443, 0x0436, 0x0432, 0x044C, 0x044B, 0x0437, 0x0448, 0x044D, 0x0449, 0x0447, 0x044A,
        0x042E, 0x0410, 0x0411, 0x0426, 0x0414, 0x0415, 0x0424, 0x0413, 0x0425, 0x0418, 0x0419, 0x041A, 0x041B, 0x041C, 0x041D, 0x041E,
        0x041F, 0x042F, 0x0420, 0x0421, 0x0422, 0x0423, 0x0416, 0x0412, 0x042C, 0x042B, 0x0417, 0x0428, 0x042D, 0x0429, 0x0427, 0x042A,
    ]
}
