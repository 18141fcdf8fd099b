/// Text made safe for one part of a URL (a path segment or a query value): every byte of its UTF-8 but ASCII letters,
/// digits and `-._~` (RFC 3986's unreserved characters) percent-encoded. Written by hand because it runs for every link
/// in every message, and Foundation's version builds its character set and bridges the string each time.
public enum URLPart {
    public static func encode(_ s: String) -> String {
        if s.utf8.allSatisfy(isUnreserved) { return s }
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count * 3)
        for byte in s.utf8 {
            if isUnreserved(byte) {
                out.append(byte)
            } else {
                out.append(UInt8(ascii: "%"))
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 15)])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func isUnreserved(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"): true
        default: false
        }
    }

    private static let hex = Array("0123456789ABCDEF".utf8)
}
