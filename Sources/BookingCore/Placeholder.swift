extension String {
    /// This text with every `{name}` in it replaced by `value` (a link template's `{service}`, `{appointment}`). Compares
    /// UTF-8 bytes, without Foundation: it runs for links in every message.
    public func filling(_ name: String, with value: String) -> String {
        let text = Array(utf8), target = Array("{\(name)}".utf8)
        guard target.count <= text.count else { return self }
        var out: [UInt8] = []
        out.reserveCapacity(text.count + value.utf8.count)
        var i = 0, found = false
        while i < text.count {
            if text[i] == target[0], i + target.count <= text.count, text[i..<(i + target.count)].elementsEqual(target) {
                out.append(contentsOf: value.utf8)
                i += target.count
                found = true
            } else {
                out.append(text[i])
                i += 1
            }
        }
        return found ? String(decoding: out, as: UTF8.self) : self
    }
}
