import BookingImport
import Foundation
import FuzzSupport

/// An import file, as YAML or as CSV of each kind: read into a batch or refused with problems, never a trap.
func test(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let input = bytes(data, count)
    guard let first = input.first else { return 0 }
    let names = ["spa.yaml", "locations.csv", "services.csv", "staff.csv", "clients.csv", "appointments.csv", "waitlist.csv"]
    var reader = ImportReader(catalogue: Catalogue(), now: Date(timeIntervalSince1970: 1_795_424_400))
    _ = try? reader.read(contents: [(name: names[Int(first) % names.count], data: Data(input.dropFirst()))])
    return 0
}

@_cdecl("FuzzImport_main")
func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt { fuzz(argc, argv) { test($0, $1) } }
