import Foundation
import ProviderFakes
import Testing

/// `slotkeeper policies` and the `policies:` section of slotkeeper.yaml, run as a spa owner would.
@Suite("slotkeeper policies", .serialized)
struct PoliciesCommandTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `policies:` examples of docs/policies.md, each as a whole settings file.
    static func documentedExamples() throws -> [String] {
        let text = try String(contentsOf: repository.appendingPathComponent("docs/policies.md"), encoding: .utf8)
        return text.components(separatedBy: "```yaml\n").dropFirst().compactMap { block in
            // A block inside a list item is indented: take the indent off every line.
            let lines = block.components(separatedBy: "```")[0].components(separatedBy: "\n")
            let indent = lines.first?.prefix { $0 == " " }.count ?? 0
            let body = lines.map { String($0.dropFirst(min(indent, $0.prefix { $0 == " " }.count))) }.joined(separator: "\n")
            return body.hasPrefix("policies:") ? body : nil
        }
    }

    @Test("every policy shown in docs/policies.md checks clean against a real spa")
    func documentedExamplesCheck() async throws {
        let dir = try scratchFolder()
        #expect(try await Run.slotkeeper(["import", "spa.yaml"], in: dir).status == 0)
        let examples = try Self.documentedExamples()
        #expect(examples.count >= 6, "the five seed systems and the per-location example")
        for example in examples {
            // The per-location example names a location of its own; the spa here has soho.
            let file = example.replacingOccurrences(of: " city:", with: " soho:")
            try file.write(to: dir.appendingPathComponent("slotkeeper.yaml"), atomically: true, encoding: .utf8)
            let check = try await Run.slotkeeper(["policies", "check"], in: dir)
            #expect(check.status == 0 && check.stdout.contains("the policies are valid"), "\(file)\n\(check.stderr)")
        }
    }

    @Test("a bad policies section: every problem named with its field, exit 1, and serve refuses to start with it; show prints the defaults")
    func badSection() async throws {
        let dir = try scratchFolder()
        #expect(try await Run.slotkeeper(["import", "spa.yaml"], in: dir).status == 0)
        try """
            port: 8080
            policies:
              lateCancle: {fee: 50%}
              noShow:
                ladder:
                  - {marks: 2, deposit: 50%}
                  - {marks: 3, deposit: 120%}
              locations:
                mayfair: {}
            """.write(to: dir.appendingPathComponent("slotkeeper.yaml"), atomically: true, encoding: .utf8)
        let check = try await Run.slotkeeper(["policies", "check"], in: dir)
        #expect(check.status == 1)
        for line in ["slotkeeper.yaml: policies.lateCancle: is not a policy setting (did you mean lateCancel?)",
                     "slotkeeper.yaml: policies.noShow.ladder[1].deposit: 120% is over 100%",
                     "slotkeeper.yaml: policies.locations.mayfair: no location with this id (the locations: soho)"] {
            #expect(check.stderr.contains(line), "\(check.stderr)")
        }
        let (server, out) = try Run.serve(in: dir, port: LoopbackPort.free(), environment: [:])
        await Run.exit(of: server)
        let log = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(server.terminationStatus != 0)
        #expect(log.contains("policies.noShow.ladder[1].deposit: 120% is over 100%") && log.contains("nothing of it was applied"), "\(log)")

        let show = try await Run.slotkeeper(["policies", "show"], in: dir)
        #expect(show.status == 0)
        #expect(show.stdout.contains("No policies set yet: these are the defaults"))
        #expect(show.stdout.contains("has a policies section not yet in force"))
        #expect(show.stdout.contains("  fee: 50%") && show.stdout.contains("- marks: 2"), "\(show.stdout)")
        let json = try await Run.slotkeeper(["policies", "show", "--format", "json", "--location", "soho"], in: dir)
        let parsed = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect((parsed?["lateCancel"] as? [String: Any])?["window"] as? String == "24h")
        #expect(try await Run.slotkeeper(["policies", "show", "--location", "mayfair"], in: dir).stderr.contains("no location with id \"mayfair\""))
    }
}
