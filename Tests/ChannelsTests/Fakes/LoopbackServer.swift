#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A TCP server on 127.0.0.1 at a free port, one thread per connection, for the fake mail servers.
/// Plain blocking sockets keep the fakes independent of the code under test and of any event loop.
final class LoopbackServer: Sendable {
    let port: UInt16
    private let listener: Int32
    private let stopped = Locked(false)
    private let finished = DispatchSemaphore(value: 0)

    /// Starts listening; `handle` runs on a thread of its own for each connection.
    init(handle: @escaping @Sendable (LineConnection) -> Void) throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EIO) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 16) == 0 else { close(fd); throw POSIXError(.EADDRINUSE) }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        port = UInt16(bigEndian: address.sin_port)
        listener = fd
        let stopped = self.stopped, finished = self.finished
        Thread.detachNewThread {
            // Only this thread closes the listening socket, after its last accept: closing it from another thread
            // while accept waits would let the number be reused by a new socket that this loop then accepts on.
            defer {
                close(fd)
                finished.signal()
            }
            while true {
                let client = accept(fd, nil, nil)
                if stopped.withLock({ $0 }) {
                    if client >= 0 { close(client) }
                    return
                }
                guard client >= 0 else { continue }
                Thread.detachNewThread {
                    let connection = LineConnection(fd: client)
                    handle(connection)
                    connection.hangUp()
                }
            }
        }
    }

    /// Stops accepting connections; returns once the port is closed.
    func stop() {
        let already = stopped.withLock { s -> Bool in
            defer { s = true }
            return s
        }
        guard !already else { return }
        // Wakes the accept loop, which then closes the socket.
        shutdown(listener, Int32(SHUT_RDWR))
        _ = finished.wait(timeout: .now() + 10)
    }

    deinit { stop() }

    /// A port on 127.0.0.1 where nothing listens: bound, then closed.
    static func closedPort() throws -> UInt16 {
        let server = try LoopbackServer { _ in }
        let port = server.port
        server.stop()
        return port
    }
}

/// One client connection, read by lines (CRLF or LF) or by byte counts, written as text.
final class LineConnection {
    private let fd: Int32
    private var buffer: [UInt8] = []
    private var closed = false

    init(fd: Int32) { self.fd = fd }

    /// The next line without its line break; nil when the client has gone.
    func readLine() -> String? {
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                var line = Array(buffer[..<newline])
                buffer.removeFirst(newline + 1)
                if line.last == 13 { line.removeLast() }
                return String(decoding: line, as: UTF8.self)
            }
            guard fill() else { return nil }
        }
    }

    /// Exactly `count` bytes (an IMAP literal); nil when the client has gone first.
    func read(count: Int) -> [UInt8]? {
        while buffer.count < count { guard fill() else { return nil } }
        let bytes = Array(buffer[..<count])
        buffer.removeFirst(count)
        return bytes
    }

    private func fill() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 4096)
        let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, 4096, 0) }
        guard n > 0 else { return false }
        buffer += chunk[..<n]
        return true
    }

    /// Sends text as it is (callers add CRLF).
    func write(_ text: String) { write(Array(text.utf8)) }

    /// Sends bytes.
    func write(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { return }
            offset += n
        }
    }

    /// Sends one reply line with CRLF.
    func line(_ text: String) { write(text + "\r\n") }

    /// Closes the connection.
    func hangUp() {
        guard !closed else { return }
        closed = true
        close(fd)
    }
}
