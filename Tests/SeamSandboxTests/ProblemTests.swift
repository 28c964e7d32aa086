import Foundation
import NIOHTTP1
import SeamSandbox
import Testing

/// Errors and warnings (the README, "What keydesk shows for Seam's 2026 states"): the demo seed's realistic set, connected accounts
/// (every building has one), and problems added at run time by route or at start by option.
@Suite struct ProblemTests {
    static func codes(_ object: [String: Any], _ key: String) -> [String] {
        (object[key] as? [[String: Any]] ?? []).compactMap { ($0["error_code"] ?? $0["warning_code"]) as? String }
    }

    @Test func theDemoSeedCarriesWhatAFrontDeskMeets() async throws {
        try await withSandbox { sb in
            let birch = try await sb.post("/acs/systems/get", ["acs_system_id": try await sb.building("Birch House")]).object("acs_system")
            #expect(Self.codes(birch, "errors") == ["account_disconnected"])
            let account = try await sb.post("/connected_accounts/get", ["connected_account_id": birch["connected_account_id"] as! String]).object("connected_account")
            #expect(Self.codes(account, "errors") == ["account_disconnected"])
            for entry in account["errors"] as? [[String: Any]] ?? [] { #expect(entry["created_at"] is String && entry["message"] is String) }
            let users = try await sb.post("/acs/users/list", ["acs_system_id": birch["acs_system_id"] as! String]).list("acs_users")
            #expect(users.contains { Self.codes($0, "errors") == ["failed_to_create_on_acs_system"] })
            let credentials = try await sb.post("/acs/credentials/list", ["acs_system_id": birch["acs_system_id"] as! String]).list("acs_credentials")
            #expect(credentials.contains { Self.codes($0, "warnings").contains("needs_to_be_reissued") })
            let entrances = try await sb.entrances(of: birch["acs_system_id"] as! String)
            #expect(entrances.contains { Self.codes($0, "warnings") == ["entrance_setup_required"] })
            let maple = try await sb.post("/acs/users/list", ["acs_system_id": try await sb.building("Maple Court")]).list("acs_users")
            #expect(maple.contains { Self.codes($0, "warnings") == ["latch_resident_user"] })
            for name in ["Maple Court", "Harbor Lofts"] {
                let system = try await sb.post("/acs/systems/get", ["acs_system_id": try await sb.building(name)]).object("acs_system")
                #expect(Self.codes(system, "errors").isEmpty, "\(name) works")
            }
        }
    }

    @Test(arguments: CallStyle.allCases)
    func everyBuildingHasAConnectedAccountToGetAndList(style: CallStyle) async throws {
        try await withSandbox { sb in
            let systems = try await sb.post("/acs/systems/list").list("acs_systems")
            let accounts = try await sb.call(style, .GET, "/connected_accounts/list").list("connected_accounts")
            let accountIDs = Set(accounts.compactMap { $0["connected_account_id"] as? String })
            #expect(systems.allSatisfy { accountIDs.contains($0["connected_account_id"] as? String ?? "") })
            let maple = try #require(accounts.first { ($0["display_name"] as? String)?.hasPrefix("Maple Court") == true })
            let byEmail = try await sb.call(style, .GET, "/connected_accounts/get", ["email": "frontdesk@maplecourt.example.com"])
            #expect(byEmail.object("connected_account")["connected_account_id"] as? String == maple["connected_account_id"] as? String)
            #expect(try await sb.call(style, .GET, "/connected_accounts/list", ["search": "Harbor"]).list("connected_accounts").count == 1)
            let page = try await sb.call(style, .GET, "/connected_accounts/list", ["limit": 1])
            #expect(page.object("pagination")["has_next_page"] as? Bool == true)
        }
    }

    @Test(arguments: CallStyle.allCases)
    func problemsAreAddedAndClearedAtRunTime(style: CallStyle) async throws {
        try await withSandbox { sb in
            let harbor = try await sb.building("Harbor Lofts")
            let (_, user) = try await sb.newResident(in: harbor)
            let added = try await sb.call(style, .POST, "/acs/users/simulate/add_problem", ["acs_user_id": user, "code": "failed_to_update_on_acs_system"])
            #expect(added.status == 200, "\(added.body)")
            #expect(Self.codes(added.object("acs_user"), "errors") == ["failed_to_update_on_acs_system"])
            let warned = try await sb.call(style, .POST, "/acs/systems/simulate/add_problem", ["acs_system_id": harbor, "code": "setup_required", "message": "Finish the doors"])
            let warning = try #require((warned.object("acs_system")["warnings"] as? [[String: Any]])?.first)
            #expect(warning["warning_code"] as? String == "setup_required" && warning["message"] as? String == "Finish the doors")
            let unknown = try await sb.call(style, .POST, "/acs/users/simulate/add_problem", ["acs_user_id": user, "code": "latch_resident_user"])
            #expect(unknown.status == 400 && unknown.errorMessage?.contains("failed_to_create_on_acs_system") == true, "derived codes are not injectable")
            let cleared = try await sb.call(style, .POST, "/acs/users/simulate/clear_problems", ["acs_user_id": user])
            #expect(Self.codes(cleared.object("acs_user"), "errors").isEmpty)

            let account = try #require(try await sb.post("/acs/systems/get", ["acs_system_id": harbor]).object("acs_system")["connected_account_id"] as? String)
            #expect(try await sb.call(style, .POST, "/connected_accounts/simulate/disconnect", ["connected_account_id": account]).status == 200)
            #expect(Self.codes(try await sb.post("/acs/systems/get", ["acs_system_id": harbor]).object("acs_system"), "errors") == ["account_disconnected"])
            let events = try await sb.post("/events/list", ["since": "2020-01-01T00:00:00Z", "connected_account_id": account]).list("events")
            #expect(Set(events.compactMap { $0["event_type"] as? String }).isSuperset(of: ["connected_account.disconnected", "acs_system.disconnected"]))
        }
    }

    @Test func problemsAreInjectedAtStart() async throws {
        let userID = try await withSandbox { sb in
            try #require(try await sb.post("/acs/users/list", ["search": "Ava"]).list("acs_users").first?["acs_user_id"] as? String)
        }
        var options = TestSandbox.testOptions
        options.injectedProblems = [SandboxProblem(argument: "\(userID):unknown_issue_with_acs_user")!]
        try await withSandbox(options) { sb in
            let user = try await sb.post("/acs/users/get", ["acs_user_id": userID]).object("acs_user")
            #expect(Self.codes(user, "warnings").contains("unknown_issue_with_acs_user"))
        }
        options.injectedProblems = [SandboxProblem(resourceID: userID, code: "no_such_code")]
        await #expect(throws: SandboxStartError.self) { try await Sandbox.start(options) }
        #expect(SandboxProblem(argument: "no-colon") == nil)
    }
}
