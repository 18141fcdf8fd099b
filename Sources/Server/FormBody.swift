/// An `application/x-www-form-urlencoded` body read straight from its bytes: providers' webhooks send a
/// handful of fields, and a generic decoder costs more than the rest of the request.
enum FormBody {
    /// The fields in order, decoded (`+` is a space, `%XX` a byte); nil when the body isn't valid form encoding or UTF-8.
    static func parse(_ bytes: some Collection<UInt8>) -> [(name: String, value: String)]? {
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
