import BookingCore
import Foundation
import Store

/// A report for days `from` through `to` (whole days in the location's zone, or the first location's for the whole
/// business): the one computation behind `/desk/reports`, `GET /api/v1/reports` and `slotkeeper report`.
public struct ReportRequest: Sendable {
    public var from: LocalDate
    public var to: LocalDate
    public var location: LocationID?
    public var smsSegmentPrice: Money?

    /// The longest period one report covers.
    public static let maxDays = 400

    public init(from: LocalDate, to: LocalDate, location: LocationID?, smsSegmentPrice: Money?) {
        self.from = from
        self.to = to
        self.location = location
        self.smsSegmentPrice = smsSegmentPrice
    }

    /// The period asked for, with what is left out filled in: `to` is today in the location's zone (the first location's for
    /// the whole business), `from` the start of the 30 days up to `to`.
    public static func asked(from: LocalDate?, to: LocalDate?, location: LocationID?, in locations: [Location], now: Date,
                             smsSegmentPrice: Money?) -> ReportRequest {
        let zone = locations.first { $0.id == location }?.timeZone ?? locations.first?.timeZone ?? .gmt
        let last = to ?? LocalDateTime(now, in: zone).date
        return ReportRequest(from: from ?? last.adding(days: -29), to: last, location: location, smsSegmentPrice: smsSegmentPrice)
    }

    /// What is wrong with the period, in words; nil when it can be reported.
    public var problem: String? {
        if to < from { return "the period ends (\(to)) before it starts (\(from))" }
        if to.daysSinceEpoch - from.daysSinceEpoch + 1 > Self.maxDays { return "a report covers at most \(Self.maxDays) days" }
        return nil
    }

    /// The report, read from `store`; throws `StoreError.notFound` for an unknown location.
    public func run(_ store: any BookingStore, now: Date) async throws -> Report {
        let locations = try await store.locations()
        if let location, !locations.contains(where: { $0.id == location }) { throw StoreError.notFound(kind: "location", id: location.rawValue) }
        let zone = locations.first { $0.id == location }?.timeZone ?? locations.first?.timeZone ?? .gmt
        let facts = try await store.reportFacts(from: ZoneDay(from, in: zone).start, to: ZoneDay(to.adding(days: 1), in: zone).start,
                                                location: location, now: now)
        return Report.make(facts, zone: zone, smsSegmentPrice: smsSegmentPrice)
    }

    /// The report as JSON: the period, the currency, the figures and every table.
    public func json(_ report: Report) -> [UInt8] {
        var figures: [String: String] = [:]
        for f in report.figures { figures[f.key] = f.value }
        let object: [String: Any] = [
            "from": from.description, "to": to.description, "location": location?.rawValue ?? NSNull(), "currency": report.currency,
            "figures": figures,
            "tables": report.tables.map { ["name": $0.name, "columns": $0.columns, "rows": $0.rows] },
            "heatmap": report.heatmap.map { day in day.map { ["due": $0.due, "noShows": $0.noShows] } },
        ]
        return Array((try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted])) ?? Data("{}".utf8))
    }
}
