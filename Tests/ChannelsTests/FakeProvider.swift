import Channels
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Synchronization

/// A provider's API played by a small Hummingbird app on loopback: it records every request and answers from a script
/// (per route: the next scripted replies, then a default), so adapters are tested over real HTTP, failures included.
final class FakeProvider: Sendable {
    /// One request the adapter made.
    struct Call: Sendable {
        var path: String
        var headers: [String: String]
        var body: Data
        /// The body as a JSON object.
        var json: [String: Any] { (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] ?? [:] }
    }

    /// One scripted answer, optionally after a delay (longer than the client's deadline: a timeout).
    struct Reply: Sendable {
        var status: Int
        var body: String
        var delay: Duration? = nil
    }

    private struct State {
        var calls: [Call] = []
        var scripts: [String: [Reply]] = [:]
    }

    private let state = Mutex(State())
    /// The default answer per route name, given the request.
    let answer: @Sendable (_ route: String, _ call: Call, _ count: Int) -> Reply

    /// `route` maps a request path to the name scripts use (the Telegram method, or "messages").
    let route: @Sendable (String) -> String

    init(route: @escaping @Sendable (String) -> String, answer: @escaping @Sendable (String, Call, Int) -> Reply) {
        self.route = route
        self.answer = answer
    }

    /// Every request so far, in order.
    var calls: [Call] { state.withLock { $0.calls } }

    /// The requests to one route.
    func calls(to name: String) -> [Call] { calls.filter { route($0.path) == name } }

    /// The next requests to `name` get these answers, in order; then the default again.
    func script(_ name: String, _ replies: [Reply]) { state.withLock { $0.scripts[name, default: []] += replies } }

    /// Runs `body` with the fake listening; `body` gets its base URL (`http://localhost:PORT`).
    func serve<T: Sendable>(_ body: @escaping @Sendable (String) async throws -> T) async throws -> T {
        let router = Router()
        router.post("**") { request, _ -> Response in
            let bytes = try await request.body.collect(upTo: 1 << 20)
            var headers: [String: String] = [:]
            for field in request.headers { headers[field.name.canonicalName] = field.value }
            let call = Call(path: request.uri.path, headers: headers, body: Data(bytes.readableBytesView))
            let name = self.route(call.path)
            let (scripted, count): (Reply?, Int) = self.state.withLock { s in
                s.calls.append(call)
                let count = s.calls.filter { self.route($0.path) == name }.count
                guard var queue = s.scripts[name], !queue.isEmpty else { return (nil, count) }
                let next = queue.removeFirst()
                s.scripts[name] = queue
                return (next, count)
            }
            let reply = scripted ?? self.answer(name, call, count)
            if let delay = reply.delay { try? await Task.sleep(for: delay) }
            return Response(status: .init(code: reply.status), headers: [.contentType: "application/json"],
                            body: .init(byteBuffer: ByteBuffer(string: reply.body)))
        }
        var logger = Logger(label: "fake-provider")
        logger.logLevel = .critical
        let app = Application(router: router, logger: logger)
        return try await app.test(.live) { client in
            try await body("http://localhost:\(client.port!)")
        }
    }
}

/// A log handler that keeps every message, to check what an operator would read.
struct RecordingLogHandler: LogHandler {
    let sink: LogLines
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(level: Logger.Level, message: Logger.Message, metadata: Logger.Metadata?, source: String, file: String, function: String, line: UInt) {
        sink.lines.withLock { $0.append("\(level): \(message)") }
    }
}

/// Where a recording logger's lines go.
final class LogLines: Sendable {
    let lines = Mutex<[String]>([])
    var all: [String] { lines.withLock { $0 } }
    var logger: Logger { Logger(label: "test") { _ in RecordingLogHandler(sink: self) } }
}

/// Things a test collects from concurrent code, in order.
final class Recorded<Item: Sendable>: Sendable {
    private let items = Mutex<[Item]>([])
    var all: [Item] { items.withLock { $0 } }
    func add(_ item: Item) { items.withLock { $0.append(item) } }
}

/// What a send came to: the provider's id, or how it failed.
func attempt(_ send: () async throws(SendFailure) -> String) async -> Result<String, SendFailure> {
    do { return .success(try await send()) } catch { return .failure(error) }
}
