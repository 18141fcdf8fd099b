/// An `application/x-www-form-urlencoded` body read straight from its bytes: providers' webhooks send a
/// handful of fields, and a generic decoder costs more than the rest of the request.
public enum FormBody {
    /// The fields in order, decoded (`+` is a space, `%XX` a byte); nil when the body isn't valid form encoding or UTF-8.
    public static func parse(_ bytes: some Collection<UInt8>) -> [(name: String, value: String)]? {
        var fields: [(String, String)] = []
        var name: [UInt8] = [], value: [UInt8] = []
        var inValue = false
        var iterator = bytes.makeIterator()
        func hex(_ b: UInt8) -> UInt8? {
            switch b {
            case 48...57: b - 48
            case 65...70: b - 55
            case 97...102: b - 87
            default: nil
            }
        }
        func flush() -> Bool {
            guard !(name.isEmpty && value.isEmpty && !inValue) else { return true }
            guard let n = String(validating: name, as: UTF8.self), let v = String(validating: value, as: UTF8.self) else { return false }
            fields.append((n, v))
            name = []; value = []; inValue = false
            return true
        }
        while let b = iterator.next() {
            switch b {
            case UInt8(ascii: "&"):
                guard flush() else { return nil }
            case UInt8(ascii: "=") where !inValue:
                inValue = true
            default:
                var byte = b
                if b == UInt8(ascii: "+") { byte = 32 }
                if b == UInt8(ascii: "%") {
                    guard let h = iterator.next().flatMap(hex), let l = iterator.next().flatMap(hex) else { return nil }
                    byte = h << 4 | l
                }
                if inValue { value.append(byte) } else { name.append(byte) }
            }
        }
        guard flush() else { return nil }
        return fields
    }
}

extension FormBody {
    /// `application/x-www-form-urlencoded` for a request body: letters, digits and `-._~` as they are, a space as `+`, the rest `%XX`.
    public static func encode(_ fields: [(String, String)]) -> String {
        fields.map { escape($0.0) + "=" + escape($0.1) }.joined(separator: "&")
    }

    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(b))
            case UInt8(ascii: " "):
                out += "+"
            default:
                out += "%" + String(b, radix: 16, uppercase: true).leftPadded(2)
            }
        }
        return out
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}
