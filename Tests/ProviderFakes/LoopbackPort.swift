#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A loopback port for a process a test starts (a server, a browser driver). Drawn below the kernel's range for outgoing
/// connections (32768 and up on Linux), where the database and HTTP clients of the tests running beside it take their
/// ports, and tried with a bind first, so a port in use by anything else is passed over.
public enum LoopbackPort {
    public static func free() -> Int {
        for _ in 0..<200 {
            let port = Int.random(in: 10_000..<32_000)
            if isFree(port) { return port }
        }
        return Int.random(in: 10_000..<32_000)
    }

    /// `count` different free ports.
    public static func free(_ count: Int) -> [Int] {
        var ports: [Int] = []
        while ports.count < count {
            let port = free()
            if !ports.contains(port) { ports.append(port) }
        }
        return ports
    }

    static func isFree(_ port: Int) -> Bool {
        #if canImport(Glibc)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
    }
}
