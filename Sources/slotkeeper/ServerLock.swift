import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The lock a running `slotkeeper serve` holds on its SQLite database (`DATABASE.lock`, an advisory `flock` the kernel
/// drops when the process ends, however it ends): a second server on the same file, or a restore into it, is refused.
final class ServerLock {
    private let descriptor: CInt

    /// Takes the lock, or nil when a running server holds it.
    init?(database path: String) throws {
        let fd = open(path + ".lock", O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw CommandFailure("cannot open \(path).lock beside the database: \(String(cString: strerror(errno)))") }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            return nil
        }
        descriptor = fd
    }

    /// Whether a running server holds the lock, found without creating or keeping anything (for `doctor`).
    static func isHeld(database path: String) -> Bool {
        let fd = open(path + ".lock", O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        guard flock(fd, LOCK_SH | LOCK_NB) == 0 else { return true }
        flock(fd, LOCK_UN)
        return false
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
