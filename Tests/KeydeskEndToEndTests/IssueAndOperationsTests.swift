import Foundation
import Testing

/// `keydesk issue`, `revoke`, `suspend` and `unsuspend` through the built binary: the wizard's
/// steps without a screen, idempotent issuing, JSON, audit rows, and read-only refusals.
@Suite struct IssueAndOperationsTests {
    static let apiKey = "seam_e2e_issue"

    func withScript(_ body: (ScriptRun) async throws -> Void) async throws {
        try await ScriptRun.with(apiKey: Self.apiKey, body)
    }

    let issue = ["issue", "--email", "ivy.issue@example.com", "--name", "Ivy Issue", "--building", "Maple Court",
                 "--entrance", "Main Entrance", "--entrance", "Fitness Center", "--ends", "2099-06-30"]

    @Test func issuingTwiceFindsTheKeyTheSecondTime() async throws {
        try await withScript { script in
            let first = try await script.run(issue)
            #expect(first.status == 0, "\(first.standardError)")
            let lines = first.standardOutput.split(separator: "\n").map(String.init)
            #expect(lines.contains("Created the user identity ivy.issue@example.com."), "\(lines)")
            #expect(lines.contains("Mobile key issued."), "\(lines)")
            let id = try #require(lines.last)
            let second = try await script.run(issue + ["--json"])
            #expect(second.status == 0, "\(second.standardError)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(second.standardOutput.utf8)) as? [String: Any])
            #expect(object["existing"] as? Bool == true)
            #expect((object["acs_credential"] as? [String: Any])?["acs_credential_id"] as? String == id)
            let another = try await script.run(issue + ["--new", "--no-wait"])
            #expect(another.status == 0 && another.standardOutput.split(separator: "\n").last.map(String.init) != id)
            let events = try await script.run(["list", "events", "--building", "Maple Court", "--format", "jsonl"])
            #expect(events.status == 0 && events.standardOutput.contains(#""event_type":"acs_user.created""#), "\(events.standardError)")
            let audit = try await script.auditRows()
            let creates = audit.filter { $0["action"] as? String == "credential.create" }
            #expect(creates.count == 4, "an attempt and an outcome for each of the two keys: \(creates.count)")
        }
    }

    @Test func aPINIsShownOnlyWhenAskedFor() async throws {
        try await withScript { script in
            let base = ["issue", "--email", "pia.pin@example.com", "--name", "Pia Pin", "--building", "Maple Court",
                        "--entrance", "Main Entrance", "--ends", "2099-01-01", "--pin"]
            let hidden = try await script.run(base)
            #expect(hidden.status == 0, "\(hidden.standardError)")
            #expect(hidden.standardOutput.contains("PIN not shown (--show-pin prints it)."))
            #expect(hidden.standardOutput.range(of: #"\b\d{7}\b"#, options: .regularExpression) == nil)
            let shown = try await script.run(base + ["--show-pin", "--new"])
            #expect(shown.standardOutput.range(of: #"PIN: \d{7}"#, options: .regularExpression) != nil, "\(shown.standardOutput)")
            let twoDoors = try await script.run(base + ["--entrance", "Fitness Center"])
            #expect(twoDoors.status == 2, "\(twoDoors.standardError)")
        }
    }

    /// A profile with `issue_with = "access_grants"` issues through one Access Grant, as its
    /// wizard does. `keydesk issue` used to make ACS credentials whatever the profile said.
    @Test func aProfileThatIssuesThroughAccessGrantsGetsAGrant() async throws {
        try await withScript { script in
            try script.writeProfile("desk", #"issue_with = "access_grants""#)
            func run(_ arguments: [String]) async throws -> KeydeskProcess.Result {
                try await script.run(arguments, profile: "desk")
            }
            // A start of its own: "now" moves between runs, and the same request (dates included)
            // is what makes the same grant.
            let issue = self.issue + ["--starts", "2020-01-01"]
            let first = try await run(issue + ["--with-pin", "--show-pin"])
            #expect(first.status == 0, "\(first.standardError)")
            let lines = first.standardOutput.split(separator: "\n").map(String.init)
            #expect(lines.contains("Created the Access Grant (Seam made the building's user and the key)."), "\(lines)")
            #expect(lines.contains("Access Grant issued."), "\(lines)")
            #expect(lines.contains { $0.range(of: #", PIN \d{7}$"#, options: .regularExpression) != nil }, "a PIN per entrance, shown: \(lines)")
            let grantID = try #require(lines.last)

            let again = try await run(issue + ["--with-pin", "--json"])
            #expect(again.status == 0, "\(again.standardError)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(again.standardOutput.utf8)) as? [String: Any])
            #expect(object["existing"] as? Bool == true && object["acs_credential"] == nil)
            #expect((object["access_grant"] as? [String: Any])?["access_grant_id"] as? String == grantID)
            let methods = try #require(object["access_methods"] as? [[String: Any]])
            #expect(methods.count == 3 && methods.allSatisfy { $0["code"] == nil }, "no PIN without --show-pin: \(methods)")

            let sameAgain = try await run(issue + ["--with-pin", "--new"])
            #expect(sameAgain.status == 0 && sameAgain.standardOutput.contains("Seam returned the Access Grant already made"),
                    "the same request is the same grant (its access_grant_key): \(sameAgain.standardOutput)\(sameAgain.standardError)")
            #expect(sameAgain.standardOutput.split(separator: "\n").last.map(String.init) == grantID)
            let otherDates = try await run(self.issue.dropLast(2) + ["--starts", "2020-01-01", "--ends", "2099-07-31", "--with-pin", "--new", "--no-wait"])
            #expect(otherDates.status == 0, "a grant for other dates is a grant of its own: \(otherDates.standardError)")
            #expect(otherDates.standardOutput.split(separator: "\n").last.map(String.init) != grantID)
            let refused = try await run(["issue", "--email", "ivy.issue@example.com", "--name", "Ivy Issue", "--building", "Maple Court",
                                         "--entrance", "Main Entrance", "--ends", "2099-06-30", "--pin"])
            #expect(refused.status == 2 && refused.standardError.contains("--with-pin"), "\(refused.standardError)")

            let audit = try await script.auditRows()
            let creates = audit.filter { $0["action"] as? String == "access_grant.create" }
            #expect(creates.count == 6, "an attempt and an outcome for the grant, the same one again and the other dates': \(creates.count)")
            #expect(creates.contains { $0["kind"] as? String == "outcome" && String(describing: $0["resource_ids"] ?? "").contains(grantID) },
                    "the last line is the grant's id, as the audit's outcome row records it")
            #expect(!audit.contains { $0["action"] as? String == "credential.create" })
        }
    }

    @Test func revokeSuspendAndUnsuspendAreAuditedAndRefusedWhenReadOnly() async throws {
        try await withScript { script in
            let issued = try await script.run(issue + ["--no-wait"])
            let credential = try #require(issued.standardOutput.split(separator: "\n").last.map(String.init))
            let users = try await script.run(["list", "users", "--search", "ivy.issue@example.com", "--format", "jsonl"])
            let user = try #require(try JSONSerialization.jsonObject(with: Data(users.standardOutput.split(separator: "\n")[0].utf8)) as? [String: Any])
            let userID = try #require(user["acs_user_id"] as? String)

            let readOnly = try await script.run(["revoke", credential, "--read-only"])
            #expect(readOnly.status == 2 && readOnly.standardError.contains("read-only"), "\(readOnly.standardError)")
            let suspended = try await script.run(["suspend", userID])
            #expect(suspended.status == 0 && suspended.standardOutput.hasPrefix("suspended \(userID)"), "\(suspended.standardError)")
            let unsuspended = try await script.run(["unsuspend", userID, "--json"])
            #expect(unsuspended.status == 0 && unsuspended.standardOutput.contains("\"action\":\"acs_user.unsuspend\""))
            let partly = try await script.run(["revoke", credential, "00000000-0000-4000-8000-000000000000"])
            #expect(partly.status == 1, "one revoked, one not found: \(partly.standardError)")
            #expect(partly.errorLines.count == 1 && partly.standardError.contains("00000000-0000-4000-8000-000000000000"))
            let json = try await script.run(["revoke", credential, "--json"])
            let error = try #require(try JSONSerialization.jsonObject(with: Data(json.errorLines[0].utf8)) as? [String: [String: String]])
            #expect(error["error"]?["id"] == credential, "already revoked: \(json.standardError)")

            let audit = try await script.auditRows()
            for action in ["acs_user.suspend", "acs_user.unsuspend", "credential.revoke"] {
                let kinds = audit.filter { $0["action"] as? String == action }.compactMap { $0["kind"] as? String }
                #expect(kinds.contains("attempt") && kinds.contains("outcome"), "\(action): \(kinds)")
            }
        }
    }
}
