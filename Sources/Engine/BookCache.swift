import BookingCore
import Foundation
import Store
import Synchronization

/// The book as slot search sees it, kept between events: brought up to date from the appointments changed since (the
/// store stamps each change with its book version), so a reply that searches for a free time reads a handful of rows,
/// not the whole book. Built again when the catalogue changes (buffers come from services), an appointment is deleted,
/// or it has been kept for six hours (so finished visits don't pile up).
final class BookCache: Sendable {
    struct Entry: Sendable {
        var version: BookVersion
        var catalogueVersion: Int
        var builtAt: Date
        var book: BusyBook
    }

    static let rebuildAfter: TimeInterval = 6 * 3600
    /// A rebuilt book starts a day back: a visit running over now still takes its staff member's time.
    static let lookBack: TimeInterval = 86_400

    private let current = Mutex<Entry?>(nil)

    /// Drops what is kept: a transaction that read it failed as a whole, so it may hold writes that never committed.
    func forget() { current.withLock { $0 = nil } }

    /// The book as of this transaction.
    func book(_ tx: any StoreTransaction, catalogue: CatalogueCache.Catalogue, now: Date) throws -> BusyBook {
        let version = try tx.bookVersion()
        let cached = current.withLock { $0 }
        let entry: Entry
        if let cached, cached.catalogueVersion == catalogue.version, cached.version.seq <= version.seq,
           cached.version.seq >= version.reset, now >= cached.builtAt, now.timeIntervalSince(cached.builtAt) < Self.rebuildAfter {
            guard cached.version.seq < version.seq else { return cached.book }
            var book = cached.book
            book.update(try tx.bookedTimes(changedSince: cached.version.seq), services: catalogue.services)
            entry = Entry(version: version, catalogueVersion: catalogue.version, builtAt: cached.builtAt, book: book)
        } else {
            entry = Entry(version: version, catalogueVersion: catalogue.version, builtAt: now,
                          book: BusyBook(try tx.bookedTimes(endingAfter: now.addingTimeInterval(-Self.lookBack)), services: catalogue.services))
        }
        // A transaction that read an older moment (a read beside a newer write) doesn't set the book back.
        current.withLock { stored in
            if stored == nil || stored!.version.seq <= entry.version.seq { stored = entry }
        }
        return entry.book
    }
}
