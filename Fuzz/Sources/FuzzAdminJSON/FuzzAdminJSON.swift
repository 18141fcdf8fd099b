import FuzzSupport
@testable import Server

/// An admin API body: parsed (or refused with a problem), and the duplicate-member scan agrees with itself on any bytes.
func test(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let input = bytes(data, count)
    _ = JSONValue.duplicateKey(in: input)
    _ = try? JSONValue.object(from: input)
    return 0
}

@_cdecl("FuzzAdminJSON_main")
func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt { fuzz(argc, argv) { test($0, $1) } }
