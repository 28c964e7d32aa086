import Foundation
import KeydeskTestSupport
import Testing

/// `keydesk list` through the built binary against the demo seed (its ids are derived from
/// names, so only timestamps change between runs): each format against a golden file, limits,
/// and the exit codes the README's "Commands" lists.
@Suite struct ListCommandTests {
    static let apiKey = "seam_e2e_list"

    func withScript(_ body: (ScriptRun) async throws -> Void) async throws {
        try await ScriptRun.with(apiKey: Self.apiKey, body)
    }

    @Test func everyFormatMatchesItsGoldenFile() async throws {
        try await withScript { script in
            for format in ["table", "json", "jsonl", "csv"] {
                let result = try await script.run(["list", "entrances", "--building", "Maple Court", "--limit", "4", "--format", format])
                #expect(result.status == 0, "\(format): \(result.standardError)")
                assertSnapshot(StableText.of(result.standardOutput), suite: "List", named: "entrances-\(format)")
            }
            let systems = try await script.run(["list", "systems", "--format", "csv"])
            assertSnapshot(StableText.of(systems.standardOutput), suite: "List", named: "systems-csv")
        }
    }

    @Test func csvQuotesCommasAndQuotesInValues() async throws {
        try await withScript { script in
            let issued = try await script.run(["issue", "--email", "bo.obrien@example.com", "--name", "O'Brien, \"Bo\"", "--building", "Maple Court",
                                               "--entrance", "Main Entrance", "--ends", "2099-01-01", "--no-wait"])
            #expect(issued.status == 0, "\(issued.standardError)")
            let csv = try await script.run(["list", "users", "--search", "bo.obrien@example.com", "--format", "csv"])
            let lines = csv.standardOutput.split(separator: "\n").map(String.init)
            #expect(lines.count == 2, "\(csv.standardOutput)")
            #expect(lines.last?.contains(#","O'Brien, ""Bo""",bo.obrien@example.com,"#) == true, "\(lines)")
        }
    }

    @Test func withoutATerminalTheDefaultIsJSONLinesOfSeamsObjects() async throws {
        try await withScript { script in
            let result = try await script.run(["list", "users", "--limit", "3"])
            #expect(result.status == 0, "\(result.standardError)")
            let lines = result.standardOutput.split(separator: "\n")
            #expect(lines.count == 3)
            for line in lines {
                let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                #expect(object["acs_user_id"] is String && object["acs_system_id"] is String, "Seam's field names: \(line)")
            }
        }
    }

    @Test func pinCodesAreLeftOutUnlessAskedFor() async throws {
        try await withScript { script in
            let hidden = try await script.run(["list", "credentials", "--format", "jsonl"])
            let shown = try await script.run(["list", "credentials", "--format", "jsonl", "--show-codes"])
            #expect(hidden.status == 0 && shown.status == 0)
            #expect(!hidden.standardOutput.contains("\"code\":"))
            #expect(shown.standardOutput.contains("\"code\":\""), "the demo seed has PINs")
        }
    }

    @Test func exitCodesTellUsageUnavailableAndRefusedApart() async throws {
        try await withScript { script in
            let unknown = try await script.run(["list", "users", "--building", "Nowhere"])
            #expect(unknown.status == 2 && unknown.errorLines.count == 1, "\(unknown.standardError)")
            #expect(unknown.standardError.contains("no building is called 'Nowhere' (buildings: "))
            let search = try await script.run(["list", "events", "--search", "x"])
            #expect(search.status == 2, "\(search.standardError)")
            let refused = try await KeydeskProcess.run(["list", "systems"],
                                                       environment: script.home.environment(["SEAM_API_KEY": "seam_wrong_key", "SEAM_ENDPOINT": script.server.endpoint]))
            #expect(refused.status == 4 && refused.errorLines.count == 1, "\(refused.standardError)")
            let unreachable = try await KeydeskProcess.run(["list", "systems"],
                                                           environment: script.home.environment(["SEAM_API_KEY": Self.apiKey, "SEAM_ENDPOINT": "http://127.0.0.1:9"]))
            #expect(unreachable.status == 3 && unreachable.errorLines.count == 1, "\(unreachable.standardError)")
        }
    }
}
