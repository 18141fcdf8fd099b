import ArgumentParser
import BookingCore
import Foundation
import Server
import Store

/// `slotkeeper report`: what no-shows cost and what SlotKeeper won back over a period, as a table, CSV or JSON.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "No-shows, confirmations, cancellations, refills, recovered and lost revenue, messages and deposits over a period.",
        discussion: "Days are whole days in the location's time zone; --to is included. The rules are in docs/reports.md.")

    @OptionGroup var db: DatabaseOptions

    @Option(help: ArgumentHelp("The first day (YYYY-MM-DD); default the 30 days up to --to.", valueName: "date"))
    var from: String?

    @Option(help: ArgumentHelp("The last day, included (YYYY-MM-DD); default today.", valueName: "date"))
    var to: String?

    @Option(help: "One location's report (its id); default the whole business.")
    var location: String?

    @Option(help: "table, csv or json.")
    var format: String = "table"

    @Option(help: "With --format csv: the table to write (default: the headline figures).")
    var table: String?

    @Option(help: ArgumentHelp("What one SMS segment costs, for the estimate (e.g. \"0.04 GBP\"); default SLOTKEEPER_SMS_SEGMENT_PRICE.", valueName: "money"))
    var smsPrice: String?

    func run() async throws {
        guard ["table", "csv", "json"].contains(format) else { throw ValidationError("--format \"\(format)\" is not table, csv or json") }
        func day(_ text: String?, _ option: String) throws -> LocalDate? {
            guard let text else { return nil }
            guard let d = LocalDate(iso: text) else { throw ValidationError("\(option) \"\(text)\" is not a date such as 2026-11-30") }
            return d
        }
        let priceText = smsPrice ?? ProcessInfo.processInfo.environment["SLOTKEEPER_SMS_SEGMENT_PRICE"]
        var price: Money?
        if let priceText {
            guard let p = Money(text: priceText) else { throw ValidationError("--sms-price \"\(priceText)\" is not an amount such as 0.04 GBP") }
            price = p
        }
        let store = try await db.open()
        let request = ReportRequest.asked(from: try day(from, "--from"), to: try day(to, "--to"), location: location.map { LocationID($0) },
                                          in: try await store.locations(), now: Date(), smsSegmentPrice: price)
        if let problem = request.problem { throw ValidationError(problem) }
        let report: Report
        do { report = try await request.run(store, now: Date()) } catch let e as StoreError { throw CommandFailure(e.description) }
        switch format {
        case "json":
            print(String(decoding: request.json(report), as: UTF8.self))
        case "csv":
            if let table {
                guard let t = report.table(table) else {
                    throw ValidationError("--table \"\(table)\" is not a table; one of: \(report.tables.map(\.name).joined(separator: ", "))")
                }
                print(t.csv, terminator: "")
            } else {
                print(ReportTable(name: "figures", columns: ["figure", "value"], rows: report.figures.map { [$0.key, $0.value] }).csv, terminator: "")
            }
        default:
            print("SlotKeeper report, \(request.from) to \(request.to)\(location.map { ", location \($0)" } ?? ""), amounts in \(report.currency)")
            print("")
            let width = report.figures.map(\.key.count).max() ?? 0
            for f in report.figures { print("  " + f.key.replacingOccurrences(of: "_", with: " ").padding(toLength: width + 2, withPad: " ", startingAt: 0) + f.value) }
            for t in report.tables {
                print("")
                print(t.name.replacingOccurrences(of: "_", with: " "))
                let rows = [t.columns] + t.rows
                let widths = t.columns.indices.map { i in rows.map { $0[i].count }.max() ?? 0 }
                for (n, row) in rows.enumerated() {
                    print("  " + row.enumerated().map { i, v in v.padding(toLength: widths[i], withPad: " ", startingAt: 0) }.joined(separator: "  "))
                    if n == 0 { print("  " + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")) }
                }
                if t.rows.isEmpty { print("  (none)") }
            }
        }
    }
}
