import ArgumentParser
import Catalogues
import Foundation
import Intents

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `slotkeeper intent`: classifies client replies as DESIGN.md's contract says.
struct IntentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "intent",
        abstract: "Understand client replies: intent, time, choice.",
        discussion: """
        With --batch, reads JSON lines on standard input ({"id","text","locale","expecting","now","zone"}) \
        and writes one JSON line per input, in order; a bad line gives {"line":N,"error":"..."} and the batch goes on. \
        Without --batch, the text is taken from the arguments and the same JSON object is printed.
        """
    )

    @Flag(help: "Read JSON lines on standard input and write one JSON line per input.")
    var batch = false

    @Option(help: "The reply's language (en, es, ru); detected when missing.")
    var locale: String?

    @Option(help: "The open question the reply answers: confirm, offer, rebook or none.")
    var expecting: String = "none"

    @Option(help: "The current time as 2026-11-23T10:15:00 (wall time in --zone); the clock when missing.")
    var now: String?

    @Option(help: "The location's IANA time zone, e.g. Europe/London; UTC when missing.")
    var zone: String?

    @Option(help: "Opening time, e.g. 09:00: settles a bare hour.")
    var opening: String = "09:00"

    @Option(help: "Closing time, e.g. 20:00.")
    var closing: String = "20:00"

    @Option(help: "Your own folder of <locale>.yaml files, each replacing or adding to the built-in language of its name (default: SLOTKEEPER_INTENTS_DIR; else the built-in rules alone).")
    var intents: String?

    @Argument(help: "The reply text (without --batch).")
    var text: [String] = []

    func run() throws {
        let catalogue: IntentCatalogue
        do {
            catalogue = try IntentCatalogue.load(files: try CatalogueFiles.resolve(.intents, explicit: intents))
        } catch {
            throw ValidationError("\(error)")
        }
        var runner = IntentBatch(matcher: ReplyMatcher(catalogue: catalogue))
        if batch {
            guard text.isEmpty else { throw ValidationError("--batch reads standard input; give no text arguments") }
            runBatch(&runner)
            return
        }
        guard !text.isEmpty else { throw ValidationError("give the reply text, or --batch to read JSON lines") }
        guard let expected = Expecting(rawValue: expecting) else {
            throw ValidationError("--expecting: \"\(expecting)\" is not one of confirm, offer, rebook, none")
        }
        guard let open = IntentCommand.minutes(opening) else { throw ValidationError("--opening: \"\(opening)\" is not a time like 09:00") }
        guard let close = IntentCommand.minutes(closing) else { throw ValidationError("--closing: \"\(closing)\" is not a time like 20:00") }
        let request = IntentRequest(id: nil, text: text.joined(separator: " "), locale: locale, expecting: expected,
                                    context: .init(now: now, zone: zone, openingMinute: open, closingMinute: close))
        do {
            print(try runner.respond(request).json)
        } catch {
            throw ValidationError("\(error)")
        }
    }

    static func minutes(_ s: String) -> Int? {
        let p = s.split(separator: ":")
        guard p.count == 2, let h = Int(p[0]), let m = Int(p[1]), (0...24).contains(h), (0..<60).contains(m) else { return nil }
        return h * 60 + m
    }

    /// Standard input to standard output, line by line, with large buffered reads and writes.
    private func runBatch(_ runner: inout IntentBatch) {
        var pending: [UInt8] = []
        var output: [UInt8] = []
        output.reserveCapacity(1 << 16)
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var lineNumber = 0
        func flush() {
            output.withUnsafeBytes { raw in
                var off = 0
                while off < raw.count {
                    let n = write(1, raw.baseAddress! + off, raw.count - off)
                    if n <= 0 { break }
                    off += n
                }
            }
            output.removeAll(keepingCapacity: true)
        }
        func handle(_ line: ArraySlice<UInt8>) {
            lineNumber += 1
            var bytes = Array(line)
            if bytes.last == 0x0D { bytes.removeLast() }
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return }
            output.append(contentsOf: runner.answer(line: lineNumber, bytes: bytes).utf8)
            output.append(0x0A)
            if output.count > 1 << 15 { flush() }
        }
        while true {
            let n = buffer.withUnsafeMutableBytes { read(0, $0.baseAddress!, $0.count) }
            if n <= 0 { break }
            pending.append(contentsOf: buffer[0..<n])
            var start = 0
            while let nl = pending[start...].firstIndex(of: 0x0A) {
                handle(pending[start..<nl])
                start = nl + 1
            }
            pending.removeFirst(start)
        }
        if !pending.isEmpty { handle(pending[...]) }
        flush()
    }
}
