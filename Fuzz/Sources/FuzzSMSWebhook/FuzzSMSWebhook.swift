import Channels
import FuzzSupport

/// A webhook body is read as a form; what it reads is written back and read again to the same fields, and the signature of
/// any fields is computed without trapping.
func test(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let input = bytes(data, count)
    guard let fields = FormBody.parse(input) else { return 0 }
    let again = FormBody.parse(Array(FormBody.encode(fields.map { ($0.name, $0.value) }).utf8))
    guard let again, again.count == fields.count, zip(again, fields).allSatisfy({ $0.name == $1.name && $0.value == $1.value }) else {
        finding("form fields do not survive encode then parse: \(fields)")
    }
    _ = TwilioSignature(authToken: "fuzz-token").signature(url: "https://spa.example.com/webhooks/sms", fields: fields)
    return 0
}

@_cdecl("FuzzSMSWebhook_main")
func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt { fuzz(argc, argv) { test($0, $1) } }
