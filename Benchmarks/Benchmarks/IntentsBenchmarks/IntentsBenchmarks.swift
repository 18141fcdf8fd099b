import Benchmark
import Foundation
import Intents

/// Replies like the test corpus: every intent, times, choices, three languages.
let replies: [(String, String, Expecting)] = [
    ("en", "yes see you then", .confirm), ("en", "can we do thursday at 4 instead?", .confirm),
    ("en", "I can't come", .confirm), ("en", "running 10 min late", .confirm), ("en", "STOP", .confirm),
    ("en", "option 2", .offer), ("en", "the second one", .offer), ("en", "between 3 and 5 on friday", .offer),
    ("en", "no thanks", .offer), ("en", "how much is it?", .confirm), ("en", "I did come!", .none),
    ("en", "same time next week instead?", .confirm), ("en", "confrim", .confirm), ("en", "yesss 👍", .confirm),
    ("es", "sí, ahí estaré", .confirm), ("es", "¿podemos cambiarla al jueves a las 4?", .confirm),
    ("es", "no puedo ir", .confirm), ("es", "llego 10 minutos tarde", .confirm), ("es", "la segunda", .offer),
    ("es", "mañana por la tarde", .offer), ("es", "a las 4 y media", .offer), ("es", "BAJA", .confirm),
    ("ru", "да, приду", .confirm), ("ru", "можно перенести на четверг в 4?", .confirm), ("ru", "не смогу прийти", .confirm),
    ("ru", "опаздываю на 15 минут", .confirm), ("ru", "второй", .offer), ("ru", "23 ноября", .offer),
    ("ru", "после обеда", .offer), ("ru", "СТОП", .confirm),
]

func intentsFolder() -> URL {
    if let own = ProcessInfo.processInfo.environment["SLOTKEEPER_INTENTS_DIR"] { return URL(fileURLWithPath: own) }
    var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while dir.path != "/" {
        let candidate = dir.appendingPathComponent("intents")
        if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("en.yaml").path) { return candidate }
        dir = dir.deletingLastPathComponent()
    }
    fatalError("intents/ folder not found above \(#filePath)")
}

let benchmarks: @Sendable () -> Void = {
    let matcher = ReplyMatcher(catalogue: try! IntentCatalogue.load(directory: intentsFolder()))
    let zone = TimeZone(identifier: "Europe/London")!
    let context = ReplyContext(now: IntentBatch.parseNow("2026-11-23T10:15:00", zone: zone)!, zone: zone)
    let lines: [String] = replies.enumerated().map { i, r in
        #"{"id":"\#(i)","text":"\#(r.1)","locale":"\#(r.0)","expecting":"\#(r.2.rawValue)","now":"2026-11-23T10:15:00","zone":"Europe/London"}"#
    }

    Benchmark("Reply understanding: intent + time",
              configuration: .init(metrics: [.throughput, .wallClock], scalingFactor: .kilo)) { benchmark in
        for i in benchmark.scaledIterations {
            let r = replies[i % replies.count]
            blackHole(matcher.understand(r.1, locale: r.0, expecting: r.2, context: context))
        }
    }

    Benchmark("Reply understanding: batch JSON line in and out",
              configuration: .init(metrics: [.throughput, .wallClock], scalingFactor: .kilo)) { benchmark in
        var batch = IntentBatch(matcher: matcher)
        for i in benchmark.scaledIterations {
            blackHole(batch.answer(line: i + 1, lines[i % lines.count][...]))
        }
    }
}
