import BookingCore
import Dialogs
import Engine
import Foundation
import Hummingbird
import Store

/// The owner's numbers: the report for a period with its charts (server-rendered SVG, readable without JavaScript and
/// printable) and every table downloadable as CSV. Managers and the owner only: it shows revenue.
struct ReportsDesk: Sendable {
    let desk: Dashboard

    func register(on router: Router<BasicRequestContext>) {
        router.get("/desk/reports") { request, context in await desk.desk(request, context) { try await page($0) } }
        router.get("/desk/reports/{file}") { request, context in await desk.desk(request, context) { try await csv($0) } }
    }

    /// The period asked for (the last 30 days by default) and its report.
    func report(_ call: DeskCall) async throws -> (ReportRequest, Report, [Location]) {
        try call.require(call.account.role.maySeeRevenue)
        let locations = try await call.store.locations()
        let location = locations.first { $0.id.rawValue == call.query("location") }
        let request = ReportRequest.asked(from: call.query("from").flatMap { LocalDate(iso: $0) }, to: call.query("to").flatMap { LocalDate(iso: $0) },
                                          location: location?.id, in: locations, now: call.now, smsSegmentPrice: call.desk.configuration.smsSegmentPrice)
        if let problem = request.problem { throw DeskError(.unprocessableContent, problem) }
        return (request, try await request.run(call.store, now: call.now), locations)
    }

    func page(_ call: DeskCall) async throws -> Response {
        let (request, report, locations) = try await report(call)
        let period = "from=\(request.from)&to=\(request.to)" + (request.location.map { "&location=\($0.rawValue)" } ?? "")
        let tables = report.tables.map { t -> [String: Any] in
            ["name": t.name, "title": call.word("report_\(t.name)"), "columns": t.columns.map { ["column": Self.word(call, "col", $0)] },
             "rows": t.rows.map { ["cells": $0.enumerated().map { ["cell": $1, "label": $0 == 0 ? Self.word(call, "row", $1) : $1] }] },
             "empty": t.rows.isEmpty, "csv": "/desk/reports/\(t.name).csv?\(period)"]
        }
        return await call.page("reports", title: call.word("reports_title"), tab: "reports", [
            "from": request.from.description, "to": request.to.description, "currency": report.currency,
            "locations": DeskCall.locationChoices(locations, selected: request.location),
            "figures": report.figures.map { ["label": call.word("fig_\($0.key)"), "value": $0.value, "key": $0.key] },
            "tables": tables, "figuresCSV": "/desk/reports/figures.csv?\(period)",
            "chartService": Self.bars(report.table("no_shows_by_service"), call), "chartStaff": Self.bars(report.table("no_shows_by_staff"), call),
            "heatmap": Self.heatmap(report.heatmap, call),
        ])
    }

    /// One table as a CSV download (`figures.csv` for the headline figures).
    func csv(_ call: DeskCall) async throws -> Response {
        let file = call.parameter("file")
        guard file.hasSuffix(".csv") else { throw DeskError(.notFound, call.word("error_not_found")) }
        let (request, report, _) = try await report(call)
        let name = String(file.dropLast(4))
        let table = name == "figures" ? ReportTable(name: "figures", columns: ["figure", "value"], rows: report.figures.map { [$0.key, $0.value] })
            : report.table(name)
        guard let table else { throw DeskError(.notFound, call.word("error_not_found")) }
        return Response(status: .ok, headers: [.contentType: "text/csv; charset=utf-8", .cacheControl: "no-store",
                                               .contentDisposition: "attachment; filename=\"slotkeeper-\(name)-\(request.from)-\(request.to).csv\""],
                        body: .init(byteBuffer: ByteBuffer(string: table.csv)))
    }

    /// A column's or a row label's words, when the interface has them (else as the report writes it).
    static func word(_ call: DeskCall, _ prefix: String, _ text: String) -> String {
        let key = prefix + "_" + text.lowercased().replacingOccurrences(of: "%", with: "pct").replacingOccurrences(of: "-", with: "_")
            .replacingOccurrences(of: " ", with: "_")
        return call.words[key] ?? text
    }

    /// A horizontal bar per row: the no-show rate, with the counts beside it.
    static func bars(_ table: ReportTable?, _ call: DeskCall) -> String {
        guard let table, !table.rows.isEmpty else { return "" }
        let rows = table.rows.prefix(12)
        let height = 26 * rows.count + 10
        var svg = #"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 \#(height)" width="100%" role="img" aria-label="\#(HTMLEscaping.escape(call.word("report_\(table.name)")))">"#
        for (i, row) in rows.enumerated() {
            let y = 8 + i * 26
            let rate = Double(row[3]) ?? 0
            let width = Int(rate / 100 * 300)
            svg += #"<text x="0" y="\#(y + 14)" font-size="13">\#(HTMLEscaping.escape(String(row[0].prefix(28))))</text>"#
            svg += #"<rect x="230" y="\#(y + 2)" width="\#(max(width, 1))" height="16" fill="rgb(164,38,44)"/>"#
            svg += #"<text x="\#(236 + width)" y="\#(y + 14)" font-size="12">\#(row[3])% (\#(row[2])/\#(row[1]))</text>"#
        }
        return svg + "</svg>"
    }

    /// Weekday by hour: each cell's shade is its no-show rate, its text the no-shows and visits due.
    static func heatmap(_ cells: [[(due: Int, noShows: Int)]], _ call: DeskCall) -> String {
        let hours = (0..<24).filter { h in cells.contains { $0[h].due > 0 } }
        guard let first = hours.first, let last = hours.last else { return "" }
        let span = Array(first...last)
        let days = (1...7).map { call.word("weekday_\($0)") }
        let width = 60 + span.count * 44, height = 30 + 7 * 30
        var svg = #"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \#(width) \#(height)" width="100%" role="img" aria-label="\#(HTMLEscaping.escape(call.word("report_heatmap")))">"#
        for (j, h) in span.enumerated() {
            svg += #"<text x="\#(60 + j * 44 + 22)" y="18" font-size="12" text-anchor="middle">\#(String(format: "%02d", h))</text>"#
        }
        for d in 0..<7 {
            let y = 26 + d * 30
            svg += #"<text x="0" y="\#(y + 19)" font-size="12">\#(HTMLEscaping.escape(days[d]))</text>"#
            for (j, h) in span.enumerated() {
                let cell = cells[d][h]
                let rate = cell.due == 0 ? 0 : Double(cell.noShows) / Double(cell.due)
                let shade = cell.due == 0 ? "#f3f4f6" : String(format: "#%02x%02x%02x", 255, Int(235 - rate * 160), Int(235 - rate * 160))
                svg += #"<rect x="\#(60 + j * 44)" y="\#(y)" width="42" height="28" fill="\#(shade)"><title>\#(cell.noShows)/\#(cell.due)</title></rect>"#
                if cell.due > 0 {
                    svg += #"<text x="\#(60 + j * 44 + 21)" y="\#(y + 18)" font-size="11" text-anchor="middle">\#(cell.noShows)/\#(cell.due)</text>"#
                }
            }
        }
        return svg + "</svg>"
    }
}
