import Channels
import Foundation
import Hummingbird
import NIOCore
import Synchronization

/// A fake provider API on loopback: it records every request and answers with `answer`, unless it was told to
/// fail the next requests (an HTTP error, a provider error body, or a hang past the caller's deadline), so retry
/// and fallback paths run against a real HTTP exchange.
public final class RecordingProvider: Sendable {
    /// One request as the provider saw it.
    public struct Recorded: Sendable {
        public var method: String
        public var path: String
        public var query: String
        public var headers: [String: String]
        public var body: [UInt8]

        /// The form fields of a form-encoded body.
        public var form: [String: String] {
            Dictionary((FormBody.parse(body) ?? []).map { ($0.name, $0.value) }, uniquingKeysWith: { $1 })
        }

        /// The body as a JSON object.
        public var json: [String: Any] { (try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any]) ?? [:] }
    }

    /// A scripted answer.
    public enum Reply: Sendable {
        case status(Int, body: String = "", headers: [String: String] = [:])
        /// Waits this long before answering 200 (longer than the caller's deadline: a timeout).
        case hang(seconds: Double)
        /// Waits this long, then answers 200 with `body` (a long poll that ends with nothing new).
        case delayed(seconds: Double, body: String)
    }

    private struct State {
        var requests: [Recorded] = []
        var script: [Reply] = []
    }

    private let state = Mutex(State())
    private let answer: @Sendable (Recorded, Int) -> Reply

    /// `answer` gets the request and its 1-based number among the answered ones.
    public init(answer: @escaping @Sendable (Recorded, Int) -> Reply) { self.answer = answer }

    /// Every request received so far, in order.
    public var requests: [Recorded] { state.withLock { $0.requests } }

    /// The next requests get these replies, in order; then `answer` again.
    public func script(_ replies: [Reply]) { state.withLock { $0.script += replies } }

    /// The application to run with `app.test(.live)`; its port is the client's `port`.
    public func application() -> some ApplicationProtocol {
        Application(responder: CallbackResponder { [self] (request: Request, _: BasicRequestContext) async throws -> Response in
            let body = try await request.body.collect(upTo: 1 << 20)
            var headers: [String: String] = [:]
            for field in request.headers { headers[field.name.canonicalName] = field.value }
            let recorded = Recorded(method: request.method.rawValue, path: request.uri.path, query: request.uri.query ?? "", headers: headers,
                                    body: Array(body.readableBytesView))
            let reply = state.withLock { s -> Reply in
                s.requests.append(recorded)
                if !s.script.isEmpty { return s.script.removeFirst() }
                return answer(recorded, s.requests.count)
            }
            switch reply {
            case .status(let code, let text, let extra):
                var fields = HTTPFields()
                fields[.contentType] = text.hasPrefix("{") ? "application/json" : "text/plain"
                for (name, value) in extra { fields[HTTPFields.Element.Name(name)!] = value }
                return Response(status: .init(code: code), headers: fields, body: .init(byteBuffer: ByteBuffer(string: text)))
            case .hang(let seconds):
                try await Task.sleep(for: .seconds(seconds))
                return Response(status: .ok)
            case .delayed(let seconds, let text):
                try await Task.sleep(for: .seconds(seconds))
                return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: text)))
            }
        }, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
    }
}
