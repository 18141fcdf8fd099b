import BookingCore
import Engine
import Foundation
import Hummingbird
import HummingbirdTesting
@testable import Server
import Store
import Testing
import Yams

@Suite("Admin API: free slots, clients, waitlist and the OpenAPI document", .serialized)
struct AdminSlotsAndDocumentTests {
    static let morning = "/api/v1/slots?service=massage&staff=anna&from=2026-11-24T09:00:00Z&to=2026-11-24T13:00:00Z"

    @Test("free slots exclude a booked visit and its clean-up time, and come back when it is cancelled")
    func slots() async throws {
        let spa = try await AdminSpa()
        try await spa.app.test(.router) { client in
            let before = try await client.api(.get, Self.morning).items.compactMap { $0["start"] as? String }
            #expect(before.contains("2026-11-24T10:00:00Z"))
            #expect(before.first == "2026-11-24T09:00:00Z")

            let booked = try await client.api(.post, "/api/v1/appointments",
                                              json: #"{"clientId":"olivia","serviceId":"massage","staffId":"anna","start":"2026-11-24T10:00:00Z"}"#)
            let after = try await client.api(.get, Self.morning)
            #expect(after.status == .ok)
            let starts = after.items.compactMap { $0["start"] as? String }
            #expect(!starts.contains("2026-11-24T10:00:00Z"))
            #expect(!starts.contains("2026-11-24T09:00:00Z"), "its 15-minute clean-up would run into 10:00")
            #expect(!starts.contains("2026-11-24T11:00:00Z"), "the booked visit's clean-up runs to 11:15")
            #expect(starts.contains("2026-11-24T11:15:00Z"))
            #expect(after.items.allSatisfy { $0["staffId"] as? String == "anna" && $0["locationId"] as? String == "soho" })

            let anyone = try await client.api(.get, "/api/v1/slots?service=massage&from=2026-11-24T10:00:00Z&to=2026-11-24T12:15:00Z")
            #expect(anyone.items.compactMap { $0["staffId"] as? String }.contains("ben"), "Ben starts at 12:00")

            let id = try #require(booked.json["id"] as? String)
            try await client.api(.post, "/api/v1/appointments/\(id)/cancel", json: #"{"reason":"staff unavailable","note":"rota change"}"#)
            #expect(try await client.api(.get, Self.morning).items.compactMap { $0["start"] as? String }.contains("2026-11-24T10:00:00Z"))

            let bad = try await client.api(.get, "/api/v1/slots?service=facial&from=2026-11-24T09:00:00Z&to=2026-11-23T13:00:00Z&colour=red")
            #expect(bad.status == .unprocessableContent)
            #expect(Set(bad.problemFields) == ["to", "colour"])
            let unknown = try await client.api(.get, "/api/v1/slots?service=facial&from=2026-11-24T09:00:00Z&to=2026-11-24T13:00:00Z")
            #expect(unknown.problemFields == ["service"])
        }
    }

    @Test("clients: created with checked addresses, found by name or phone, updated; a clash of phone numbers is a 409")
    func clients() async throws {
        let spa = try await AdminSpa()
        try await spa.app.test(.router) { client in
            let created = try await client.api(.post, "/api/v1/clients",
                                               json: #"{"firstName":"Priya","lastName":"Shah","addresses":{"sms":"+44 7700 900-555"},"locale":"en"}"#)
            #expect(created.status == .created)
            let id = try #require((created.json["client"] as? [String: Any])?["id"] as? String)
            #expect(created.headers[.location] == "/api/v1/clients/\(id)")
            #expect(((created.json["client"] as? [String: Any])?["addresses"] as? [String: String])?["sms"] == "+447700900555")

            let byPhone = try await client.api(.get, "/api/v1/clients?q=7700%20900555")
            #expect(byPhone.items.compactMap { $0["id"] as? String } == [id])
            let byName = try await client.api(.get, "/api/v1/clients?q=l%C3%B3pez")
            #expect(byName.items.compactMap { $0["id"] as? String } == ["maria"])

            let bad = try await client.api(.post, "/api/v1/clients", json: #"{"firstName":"","addresses":{"sms":"12","fax":"1"},"locale":"English"}"#)
            #expect(Set(bad.problemFields) == ["firstName", "addresses.sms", "addresses.fax", "locale"])

            let clash = try await client.api(.patch, "/api/v1/clients/maria", json: #"{"addresses":{"sms":"+447700900555"}}"#)
            #expect(clash.status == .conflict)
            #expect((clash.json["detail"] as? String)?.contains(id) == true)

            let stop = try await client.api(.patch, "/api/v1/clients/maria", json: #"{"optedOut":["sms"],"locale":"en","addresses":{"simulator":null}}"#)
            #expect(stop.status == .ok)
            let maria = try #require(try await spa.store.client("maria"))
            #expect(maria.optedOut == [.sms])
            #expect(maria.locale == "en")
            #expect(maria.addresses[.simulator] == nil)
            #expect(try await client.api(.patch, "/api/v1/clients/nobody", json: #"{"locale":"en"}"#).status == .notFound)
        }
    }

    @Test("waitlist entries: added with checked ids, listed, removed")
    func waitlist() async throws {
        let spa = try await AdminSpa()
        try await spa.app.test(.router) { client in
            let bad = try await client.api(.post, "/api/v1/waitlist",
                                           json: #"{"clientId":"maria","locationId":"soho","serviceIds":["facial"],"windows":[{"hours":"25:00-26:00"}]}"#)
            #expect(Set(bad.problemFields) == ["serviceIds[0]", "windows[0].hours"])
            let added = try await client.api(.post, "/api/v1/waitlist",
                                             json: #"{"clientId":"maria","locationId":"soho","serviceIds":["massage"],"windows":[{"weekdays":["tuesday"],"hours":"09:00-12:00"}]}"#)
            #expect(added.status == .created)
            let id = try #require(added.json["id"] as? String)
            #expect(try await client.api(.get, "/api/v1/waitlist").items.compactMap { $0["id"] as? String } == [id])
            #expect(try await client.api(.delete, "/api/v1/waitlist/\(id)").status == .noContent)
            #expect(try await client.api(.get, "/api/v1/waitlist").items.isEmpty)
            #expect(try await client.api(.get, "/api/v1/waitlist?all=true").items.first?["active"] as? Bool == false)
            #expect(try await client.api(.delete, "/api/v1/waitlist/none").status == .notFound)
        }
    }

    @Test("/openapi.yaml is served as YAML and describes exactly the routes the router answers, both ways")
    func document() async throws {
        let spa = try await AdminSpa()
        let routes = AdminAPI(engine: spa.engine, store: spa.store, token: AdminSpa.token).routes
        try await spa.app.test(.router) { client in
            let response = try await client.execute(uri: "/openapi.yaml", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/yaml")
            let document = try #require(try Yams.load(yaml: String(buffer: response.body)) as? [String: Any])
            #expect(document["openapi"] as? String == "3.1.0")
            let paths = try #require(document["paths"] as? [String: Any])
            var described: Set<String> = []
            for (path, item) in paths {
                for (method, operation) in (item as? [String: Any]) ?? [:] where ["get", "put", "post", "patch", "delete", "head", "options"].contains(method) {
                    described.insert("\(method.uppercased()) \(path)")
                    // Every path parameter is declared, and every operation says what a wrong token gets.
                    let op = operation as? [String: Any] ?? [:]
                    let declared = (op["parameters"] as? [[String: Any]] ?? []).compactMap { p -> String? in
                        if let ref = p["$ref"] as? String { return ref == "#/components/parameters/Id" ? "id" : nil }
                        return p["in"] as? String == "path" ? p["name"] as? String : nil
                    }
                    let needed = path.split(separator: "/").filter { $0.hasPrefix("{") }.map { String($0.dropFirst().dropLast()) }
                    #expect(Set(declared) == Set(needed), "\(method) \(path)")
                    #expect((op["responses"] as? [String: Any])?["401"] != nil, "\(method) \(path)")
                }
            }
            let served = Set(routes.map { "\($0.method.rawValue) \($0.path)" })
            #expect(described.subtracting(served).isEmpty, "described but not served: \(described.subtracting(served).sorted())")
            #expect(served.subtracting(described).isEmpty, "served but not described: \(served.subtracting(described).sorted())")
            #expect(served.count == routes.count, "no route twice")
            let schemes = ((document["components"] as? [String: Any])?["securitySchemes"] as? [String: Any])?["bearer"] as? [String: Any]
            #expect(schemes?["scheme"] as? String == "bearer")

            // The router answers each of them (401 without a token), not with its own 404.
            for route in routes {
                let uri = route.path.replacingOccurrences(of: "{id}", with: "x")
                let answer = try await client.execute(uri: uri, method: route.method)
                #expect(answer.status == .unauthorized, "\(route.method) \(uri)")
            }
        }
    }
}
