import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import KeydeskTestSupport
import Testing

/// `keydesk moveout` through the built binary against a sandbox process: a resident of two
/// buildings moved out (checked through the API), one audit attempt and outcome per item, a dry
/// run and the refusals that send no change (checked in the sandbox's request log), and a
/// forced failure that exits 1 and is finished by running the command again.
@Suite struct MoveOutCommandTests {
    static let apiKey = "seam_e2e_moveout"

    /// The resident: a mobile key in Maple Court, a mobile key and a PIN in Harbor Lofts, all
    /// issued with `keydesk issue`, so one user identity with an ACS user in each building.
    static func moveIn(_ email: String, environment: [String: String]) async throws {
        let resident = ["issue", "--email", email, "--name", "Mona Moveout", "--ends", "2099-06-30", "--no-wait"]
        for place in [["--building", "Maple Court", "--entrance", "Main Entrance", "--entrance", "Fitness Center"],
                      ["--building", "Harbor Lofts", "--entrance", "Main Entrance"],
                      ["--building", "Harbor Lofts", "--entrance", "Lobby Side Door", "--pin"]] {
            let issued = try await KeydeskProcess.run(resident + place, environment: environment)
            #expect(issued.status == 0, "\(place): \(issued.standardError)")
        }
    }

    /// What the API holds of a resident: their identity, its ACS users and their credentials.
    struct Holdings {
        let identityID: String
        let userIDs: [String]
        let credentialIDs: [String]
    }

    static func holdings(_ email: String, _ api: API) async throws -> Holdings {
        let identities = try await api.call("/user_identities/list", ["search": email])["user_identities"] as? [[String: Any]] ?? []
        let identityID = try #require(identities.first?["user_identity_id"] as? String)
        let users = try await api.call("/user_identities/list_acs_users", ["user_identity_id": identityID])["acs_users"] as? [[String: Any]] ?? []
        let userIDs = users.compactMap { $0["acs_user_id"] as? String }
        var credentialIDs: [String] = []
        for user in userIDs {
            let credentials = try await api.call("/acs/credentials/list", ["acs_user_id": user])["acs_credentials"] as? [[String: Any]] ?? []
            credentialIDs += credentials.compactMap { $0["acs_credential_id"] as? String }
        }
        return Holdings(identityID: identityID, userIDs: userIDs, credentialIDs: credentialIDs)
    }

    /// The sandbox's API with the test key, asked the way the Python SDK asks (GET, query string).
    struct API {
        let endpoint: String

        func call(_ route: String, _ query: [String: String]) async throws -> [String: Any] {
            try await request(route, query).body
        }

        /// The HTTP status of a `get` (404 once the resource is gone).
        func status(_ route: String, _ query: [String: String]) async throws -> Int {
            try await request(route, query).status
        }

        private func request(_ route: String, _ query: [String: String]) async throws -> (status: Int, body: [String: Any]) {
            var components = try #require(URLComponents(string: endpoint + route))
            components.queryItems = query.map { URLQueryItem(name: $0.key, value: $0.value) }
            var request = URLRequest(url: try #require(components.url))
            request.setValue("Bearer \(MoveOutCommandTests.apiKey)", forHTTPHeaderField: "Authorization")
            let (data, response) = try await URLSession.shared.data(for: request)
            let body = (try? JSONSerialization.jsonObject(with: data) as? [String: Any]) ?? [:]
            return ((response as? HTTPURLResponse)?.statusCode ?? 0, body)
        }
    }

    /// Routes that change data, in a request log.
    static func changes(_ requests: some Sequence<String>) -> [String] {
        requests.filter { line in
            let route = line.split(separator: " ").dropFirst().first.map(String.init) ?? ""
            return !(route.hasSuffix("/list") || route.hasSuffix("/get") || route.hasSuffix("/list_acs_users"))
        }
    }

    static func jsonLines(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
    }

    @Test func aTwoBuildingResidentIsMovedOutWithTheirUsersAndIdentityOneAuditedItemEach() async throws {
        // Deletions stay pending for a second, as on a real ACS: the API is polled, never slept on.
        try await ScriptRun.with(apiKey: Self.apiKey, issueDelaySeconds: 1) { script in
            let environment = script.environment
            let api = API(endpoint: script.server.endpoint)
            let email = "mona.moveout@example.com"
            try await Self.moveIn(email, environment: environment)
            let before = try await Self.holdings(email, api)
            #expect(before.userIDs.count == 2 && before.credentialIDs.count == 3, "\(before)")

            let moved = try await KeydeskProcess.run(["moveout", email, "--delete-users", "--delete-identity", "--yes"], environment: environment)
            #expect(moved.status == 0, "\(moved.standardError)")
            let lines = moved.standardOutput.split(separator: "\n").map(String.init)
            let holds = try #require(lines.first)
            #expect(holds.hasPrefix("Mona Moveout <\(email)> holds 2 keys and 1 PIN in 2 buildings ("), "\(lines)")
            #expect(holds.contains("Maple Court") && holds.contains("Harbor Lofts"), "\(holds)")
            #expect(lines.contains("Revoke 2 keys and 1 PIN, delete 2 ACS users and delete the user identity."), "\(lines)")
            let done = lines.filter { $0.hasPrefix("done ") }
            #expect(done.count == 6, "\(lines)")
            for id in before.credentialIDs + before.userIDs + [before.identityID] {
                #expect(done.contains { $0.hasSuffix("  \(id)") }, "\(id) in \(lines)")
            }
            #expect(lines.contains { $0.hasPrefix("done ") && $0.contains("Revoke the PIN") && $0.contains("in Harbor Lofts") }, "\(lines)")
            #expect(lines.last == "6 done.", "\(lines)")
            #expect(moved.standardError.isEmpty, "\(moved.standardError)")

            // The API holds none of it once the pending deletions apply.
            let gone = try await eventually(timeout: .seconds(20)) {
                for id in before.credentialIDs where try await api.status("/acs/credentials/get", ["acs_credential_id": id]) != 404 { return false }
                for id in before.userIDs where try await api.status("/acs/users/get", ["acs_user_id": id]) != 404 { return false }
                return try await api.status("/user_identities/get", ["user_identity_id": before.identityID]) == 404
            }
            #expect(gone, "the API still holds something of the resident")

            // One attempt and one outcome row per item, naming the item.
            let audit = try await KeydeskProcess.run(["audit", "--json"], environment: environment)
            let rows = (try JSONSerialization.jsonObject(with: Data(audit.standardOutput.utf8)) as? [[String: Any]]) ?? []
            let moveOut = rows.filter { ["credential.revoke", "acs_user.delete", "user_identity.delete"].contains($0["action"] as? String ?? "") }
            let outcomes = moveOut.filter { $0["kind"] as? String == "outcome" }
            #expect(moveOut.filter { $0["kind"] as? String == "attempt" }.count == 6, "\(moveOut)")
            #expect(outcomes.count == 6 && outcomes.allSatisfy { $0["outcome"] as? String == "succeeded" }, "\(outcomes)")
            let named = outcomes.compactMap { ($0["resource_ids"] as? [String])?.first }
            #expect(Set(named) == Set(before.credentialIDs + before.userIDs + [before.identityID]), "\(named)")

            // Run again: the resident is unknown now (exit 1, one line).
            let again = try await KeydeskProcess.run(["moveout", email, "--yes"], environment: environment)
            #expect(again.status == 1 && again.errorLines.count == 1 && again.standardError.contains("nobody has the email"), "\(again.standardError)")
        }
    }

    @Test func aDryRunAndTheRefusalsSendNoChange() async throws {
        try await ScriptRun.with(apiKey: Self.apiKey, keepLog: true) { script in
            let server = script.server, environment = script.environment
            let email = "dora.dryrun@example.com"
            try await Self.moveIn(email, environment: environment)
            let before = try await Self.holdings(email, API(endpoint: server.endpoint))
            let moveIn = server.requests()
            #expect(!Self.changes(moveIn).isEmpty, "the request log is read: the move-in's creates are in it")

            let dryRun = try await KeydeskProcess.run(["moveout", email, "--delete-users", "--delete-identity", "--dry-run"], environment: environment)
            #expect(dryRun.status == 0, "\(dryRun.standardError)")
            #expect(dryRun.standardOutput.contains("holds 2 keys and 1 PIN in 2 buildings"), "\(dryRun.standardOutput)")
            #expect(dryRun.standardOutput.contains("Would revoke 2 keys and 1 PIN, delete 2 ACS users and delete the user identity."))
            #expect(dryRun.standardOutput.split(separator: "\n").filter { $0.hasPrefix("would ") }.count == 6, "\(dryRun.standardOutput)")
            #expect(dryRun.standardOutput.contains("6 items would be removed; nothing was sent (--dry-run)."))
            let json = try await KeydeskProcess.run(["moveout", email, "--dry-run", "--json"], environment: environment)
            let plan = try #require(try Self.jsonLines(json.standardOutput).first)
            #expect(plan["type"] as? String == "plan" && plan["credentials"] as? Int == 3 && plan["acs_users"] as? Int == 2, "\(plan)")
            #expect((plan["items"] as? [[String: Any]])?.count == 3 && plan["dry_run"] as? Bool == true, "only the credentials by default: \(plan)")

            let readOnly = try await KeydeskProcess.run(["moveout", email, "--yes", "--read-only"], environment: environment)
            #expect(readOnly.status == 2 && readOnly.errorLines.count == 1 && readOnly.standardError.contains("read-only"), "\(readOnly.standardError)")
            let unasked = try await KeydeskProcess.run(["moveout", email], environment: environment)
            #expect(unasked.status == 2 && unasked.standardError.contains("--yes"), "stdin is not a terminal: \(unasked.standardError)")
            let unknown = try await KeydeskProcess.run(["moveout", "nobody.here@example.com", "--yes", "--json"], environment: environment)
            let error = try #require(try Self.jsonLines(unknown.standardError).first?["error"] as? [String: Any])
            #expect(unknown.status == 1 && (error["message"] as? String)?.contains("nobody has the email") == true, "\(unknown.standardError)")
            let notAnEmail = try await KeydeskProcess.run(["moveout", "mona", "--yes"], environment: environment)
            #expect(notAnEmail.status == 2, "\(notAnEmail.standardError)")

            let afterwards = server.requests().dropFirst(moveIn.count)
            #expect(!afterwards.isEmpty, "the dry run read what the resident holds")
            #expect(Self.changes(afterwards).isEmpty, "no change was sent: \(Self.changes(afterwards))")
            let after = try await Self.holdings(email, API(endpoint: server.endpoint))
            #expect(Set(after.credentialIDs) == Set(before.credentialIDs) && Set(after.userIDs) == Set(before.userIDs))
        }
    }

    @Test func aFailedItemExitsOneAndARerunFinishesWhatIsLeft() async throws {
        let home = try ScratchHome()
        defer { home.remove() }
        let data = home.path + "/sandbox"
        let email = "fred.failure@example.com"
        let command = ["moveout", email, "--delete-users", "--delete-identity", "--yes"]

        // The first sandbox fails every deletion of a user identity (503).
        let failing = try await SandboxProcess(apiKey: Self.apiKey, options: ["--fail-route", "/user_identities/delete"], data: data)
        defer { failing.stop() }
        var environment = home.environment(["SEAM_API_KEY": Self.apiKey, "SEAM_ENDPOINT": failing.endpoint])
        try await Self.moveIn(email, environment: environment)
        let before = try await Self.holdings(email, API(endpoint: failing.endpoint))
        let first = try await KeydeskProcess.run(command + ["--json"], environment: environment)
        #expect(first.status == 1, "\(first.standardError)")
        let items = try Self.jsonLines(first.standardOutput).filter { $0["type"] as? String == "item" }
        #expect(items.count == 6, "\(first.standardOutput)")
        #expect(items.filter { $0["outcome"] as? String == "done" }.count == 5, "the failure did not stop the others")
        let failed = items.filter { $0["outcome"] as? String == "failed" }
        #expect(failed.map { $0["action"] as? String } == ["user_identity.delete"] && failed.first?["id"] as? String == before.identityID)
        #expect(first.errorLines.count == 1 && first.standardError.contains(before.identityID), "\(first.standardError)")
        let summary = try #require(try Self.jsonLines(first.standardOutput).last)
        #expect(summary["type"] as? String == "summary" && summary["done"] as? Int == 5 && summary["failed"] as? Int == 1, "\(summary)")
        let api = API(endpoint: failing.endpoint)
        #expect(try await api.status("/user_identities/get", ["user_identity_id": before.identityID]) == 200)
        for id in before.credentialIDs { #expect(try await api.status("/acs/credentials/get", ["acs_credential_id": id]) == 404) }
        failing.stopAndWait()

        // The same data without the fault: running it again finds only the identity and removes it.
        let healthy = try await SandboxProcess(apiKey: Self.apiKey, data: data)
        defer { healthy.stop() }
        environment["SEAM_ENDPOINT"] = healthy.endpoint
        let second = try await KeydeskProcess.run(command, environment: environment)
        #expect(second.status == 0, "\(second.standardError)")
        let lines = second.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.first == "Mona Moveout <\(email)> holds nothing but their user identity.", "\(lines)")
        #expect(lines.filter { $0.hasPrefix("done ") } == ["done          Delete the user identity of Mona Moveout  \(before.identityID)"], "\(lines)")
        #expect(lines.last == "1 done.", "\(lines)")
        #expect(try await API(endpoint: healthy.endpoint).status("/user_identities/get", ["user_identity_id": before.identityID]) == 404)

        let audit = try await KeydeskProcess.run(["audit", "--json"], environment: environment)
        let rows = (try JSONSerialization.jsonObject(with: Data(audit.standardOutput.utf8)) as? [[String: Any]]) ?? []
        let identityOutcomes = rows.filter { $0["action"] as? String == "user_identity.delete" && $0["kind"] as? String == "outcome" }
        #expect(identityOutcomes.compactMap { $0["outcome"] as? String } == ["failed", "succeeded"], "\(identityOutcomes)")
        let revokes = rows.filter { $0["action"] as? String == "credential.revoke" && $0["kind"] as? String == "outcome" }
        #expect(revokes.count == 3, "nothing done was done twice: \(revokes.count)")
    }

    @Test func itemsAfterAFailedOneStillRun() async throws {
        // Every revoke fails (503); the deletions of the users, which come after, still run.
        try await ScriptRun.with(apiKey: Self.apiKey, sandbox: ["--fail-route", "/acs/credentials/delete"]) { script in
            let server = script.server, environment = script.environment
            let email = "otto.order@example.com"
            try await Self.moveIn(email, environment: environment)
            let before = try await Self.holdings(email, API(endpoint: server.endpoint))
            let run = try await KeydeskProcess.run(["moveout", email, "--delete-users", "--yes"], environment: environment)
            #expect(run.status == 1, "\(run.standardError)")
            let outcomes = run.standardOutput.split(separator: "\n").compactMap { line in ["FAILED", "done"].first { line.hasPrefix($0 + " ") } }
            #expect(outcomes == ["FAILED", "FAILED", "FAILED", "done", "done"], "\(run.standardOutput)")
            #expect(run.errorLines.count == 3 && run.errorLines.allSatisfy { $0.contains("503") }, "\(run.standardError)")
            #expect(run.standardOutput.hasSuffix("2 done, 3 FAILED; run the same command again to finish what is left.\n"), "\(run.standardOutput)")
            let api = API(endpoint: server.endpoint)
            for id in before.userIDs { #expect(try await api.status("/acs/users/get", ["acs_user_id": id]) == 404) }
        }
    }

    @Test func theShellCompletionsKnowTheCommandAndItsFlags() async throws {
        let home = try ScratchHome()
        defer { home.remove() }
        for shell in ["bash", "zsh", "fish"] {
            let script = try await KeydeskProcess.run(["--generate-completion-script", shell], environment: home.environment())
            #expect(script.status == 0, "\(shell): \(script.standardError)")
            for word in ["moveout", "delete-users", "delete-identity", "dry-run", "yes"] {
                #expect(script.standardOutput.contains(word), "\(shell) completion without \(word)")
            }
        }
    }
}
