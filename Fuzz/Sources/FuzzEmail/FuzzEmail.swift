import Channels
import FuzzSupport

/// A raw message from the mailbox: parsed (MIME parts, headers, encoded words, charsets, a bounce report), its disposition
/// decided, and its reply text stripped of quotes and signatures.
func test(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let mail = ReceivedMail(parsing: bytes(data, count))
    _ = mail.disposition(ownAddress: "desk@spa.example.com")
    _ = ReplyText.strip(mail.text)
    return 0
}

@_cdecl("FuzzEmail_main")
func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt { fuzz(argc, argv) { test($0, $1) } }
