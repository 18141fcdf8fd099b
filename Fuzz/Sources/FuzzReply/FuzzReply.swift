import Foundation
import FuzzSupport
import Intents

/// The shipped catalogue (`intents/` beside this package, or SLOTKEEPER_INTENTS_DIR).
let matcher: ReplyMatcher = {
    let dir = ProcessInfo.processInfo.environment["SLOTKEEPER_INTENTS_DIR"]
        ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../intents").standardized.path
    do { return ReplyMatcher(catalogue: try IntentCatalogue.load(directory: URL(fileURLWithPath: dir))) } catch { finding("intents: \(error)") }
}()

/// A fixed moment, so a finding replays the same way.
let context = ReplyContext(now: Date(timeIntervalSince1970: 1_795_424_400), zone: TimeZone(identifier: "Europe/London")!)

/// A reply in any language and to any question: understood (intent, choice, time) without trapping, its confidence a share.
func test(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let input = bytes(data, count)
    guard let first = input.first else { return 0 }
    let locale = ["en", "es", "ru", nil][Int(first) % 4]
    let expecting = Expecting.allCases[Int(first / 4) % Expecting.allCases.count]
    let text = String(decoding: input.dropFirst(), as: UTF8.self)
    let u = matcher.understand(text, locale: locale, expecting: expecting, context: context)
    guard (0...1).contains(u.confidence) else { finding("confidence \(u.confidence) for \(text.debugDescription)") }
    return 0
}

@_cdecl("FuzzReply_main")
func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt { fuzz(argc, argv) { test($0, $1) } }
