import BookingCore
import Foundation
import Hummingbird
import HummingbirdTesting
@testable import Server
import Store
import Testing

/// The report from a running store, through the admin API and the dashboard: the same figures, a CSV per table, and only
/// for those who may see revenue.
@Suite("Reports")
struct ReportRouteTests {
    /// Monday's book after the day: María came (13:00, £75), Olivia didn't (10:00, £75), and tomorrow's two are ahead.
    static func day() async throws -> DeskSpa {
        let desk = try await DeskSpa(adminToken: AdminSpa.token)
        try await desk.spa.engine.staffAction(.noShow("a-olivia", by: "anna"), key: "t-noshow")
        desk.spa.clock.advance(to: AdminSpa.at("2026-11-23T12:50"))
        try await desk.spa.engine.staffAction(.arrived("a-maria", by: "ben"), key: "t-arrived")
        try await desk.spa.run(until: AdminSpa.at("2026-11-23T18:00"))
        return desk
    }

    @Test("GET /api/v1/reports: the day's visits due, no-shows and what they cost; a period that ends before it starts is 422")
    func api() async throws {
        let desk = try await Self.day()
        try await desk.spa.app.test(.router) { client in
            let answer = try await client.api(.get, "/api/v1/reports?from=2026-11-23&to=2026-11-23")
            #expect(answer.status == .ok)
            let figures = answer.json["figures"] as? [String: String] ?? [:]
            #expect(figures["visits_due"] == "2" && figures["no_shows"] == "1" && figures["no_show_rate"] == "50.0")
            #expect(figures["lost_revenue"] == "75.00")
            #expect(answer.json["currency"] as? String == "GBP")
            let staff = (answer.json["tables"] as? [[String: Any]])?.first { $0["name"] as? String == "no_shows_by_staff" }
            #expect((staff?["rows"] as? [[String]])?.contains(["Anna", "1", "1", "100.0", "75.00"]) == true)
            // The week ahead holds tomorrow's two visits, none due yet.
            let week = try await client.api(.get, "/api/v1/reports?from=2026-11-23&to=2026-11-29").json["figures"] as? [String: String]
            #expect(week?["visits"] == "4" && week?["visits_due"] == "2")
            let backwards = try await client.api(.get, "/api/v1/reports?from=2026-11-23&to=2026-11-01")
            #expect(backwards.status == .unprocessableContent)
            #expect(try await client.api(.get, "/api/v1/reports?location=nowhere").status == .notFound)
        }
    }

    @Test("The reports page shows the figures with their charts to a manager, every table downloads as CSV, and the front desk gets 403")
    func page() async throws {
        let desk = try await Self.day()
        try await desk.spa.app.test(.router) { client in
            let mona = try await DeskBrowser.signIn(client, "mona")
            let page = try await mona.get(client, "/desk/reports?from=2026-11-23&to=2026-11-23")
            #expect(page.status == .ok)
            #expect(page.html.contains(#"id="fig-no_show_rate"><dt>No-show rate (%)</dt><dd>50.0</dd>"#))
            // The bars (Swedish massage: 1 of 2 due) and the heat map's Monday 10:00 cell (Olivia's no-show: 1/1).
            #expect(page.html.contains("50.0% (1/2)"))
            #expect(page.html.contains("<title>1/1</title>") && page.html.contains("<title>0/1</title>"))
            let figures = try await mona.get(client, "/desk/reports/figures.csv?from=2026-11-23&to=2026-11-23").html
            #expect(figures.hasPrefix("figure,value\r\nvisits,2\r\nvisits_due,2\r\nno_shows,1\r\n"))
            for name in ["no_shows_by_service", "recovered_revenue", "lost_revenue", "cancellations_by_reason", "fees", "messages_by_channel"] {
                #expect(try await mona.get(client, "/desk/reports/\(name).csv?from=2026-11-23&to=2026-11-23").status == .ok, "\(name).csv")
            }
            let csv = try await mona.get(client, "/desk/reports/no_shows_by_staff.csv?from=2026-11-23&to=2026-11-23")
            #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
            #expect(csv.headers[.contentDisposition]?.contains("slotkeeper-no_shows_by_staff-2026-11-23-2026-11-23.csv") == true)
            #expect(csv.html.hasPrefix("staff,visits due,no-shows,no-show %,lost\r\nAnna,1,1,100.0,75.00\r\n"))
            #expect(try await mona.get(client, "/desk/reports/nothing.csv").status == .notFound)
            let fred = try await DeskBrowser.signIn(client, "fred")
            #expect(try await fred.get(client, "/desk/reports").status == .forbidden)
            #expect(try await fred.get(client, "/desk/reports/fees.csv").status == .forbidden)
            #expect(!(try await fred.get(client, "/desk").html.contains("/desk/reports")))
        }
    }
}
