import Foundation
import KeydeskTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `keydesk import` through the built binary against `keydesk sandbox` processes: every
/// mistake of a file listed with its line before anything is sent, a run killed with SIGKILL and
/// resumed without duplicates, 429s waited out, and a PMS export checked with the official SDK.
@Suite(.serialized) struct ImportEndToEndTests {
    static let apiKey = "seam_e2e_import"

    func withScript(sandbox options: [String] = [], _ body: (ScriptRun) async throws -> Void) async throws {
        try await ScriptRun.with(apiKey: Self.apiKey, sandbox: options, body)
    }

    func write(_ text: String, _ name: String, in script: ScriptRun) throws -> String {
        let path = script.home.path + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Each resident's ACS users and keys in the sandbox, by email (the list commands' JSON).
    func holdings(_ script: ScriptRun, emails: [String]) async throws -> [String: (users: Int, keys: Int)] {
        let users = try await script.run(["list", "users", "--format", "jsonl"])
        let credentials = try await script.run(["list", "credentials", "--format", "jsonl"])
        let userObjects = users.standardOutput.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        let keyOwners = credentials.standardOutput.split(separator: "\n").compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["acs_user_id"] as? String
        }
        var result: [String: (users: Int, keys: Int)] = [:]
        for email in emails {
            let mine = userObjects.filter { ($0["email_address"] as? String)?.lowercased() == email }
            let ids = Set(mine.compactMap { $0["acs_user_id"] as? String })
            result[email] = (mine.count, keyOwners.filter(ids.contains).count)
        }
        return result
    }

    @Test func everyMistakeIsListedWithItsLineAndNothingIsSent() async throws {
        try await withScript { script in
            let file = try write("""
                email,name,building,entrances,starts,ends,method
                ok@example.com,Ok Resident,Maple Court,Main Entrance,,2099-01-01,
                bad-email,Bad Email,Maple Court,Main Entrance,,2099-01-01,
                nobody@example.com,,Maple Court,Main Entrance,,2099-01-01,
                elm@example.com,Elm Resident,Elm Towers,Main Entrance,,2099-01-01,
                pool@example.com,Pool Resident,Maple Court,Swimming Pool,,2099-01-01,
                back@example.com,Back Wards,Maple Court,Main Entrance,2099-02-01,2099-01-01,
                past@example.com,Past Resident,Maple Court,Main Entrance,,2020-01-01,
                pin@example.com,Pin Resident,Maple Court,Main Entrance;Garage Gate,,2099-01-01,pin
                OK@example.com,Ok Again,Maple Court,Mail Room,,2099-01-01,
                """, "mistakes.csv", in: script)
            let result = try await script.run(["import", file])
            #expect(result.status == 2, "\(result.standardError)")
            assertSnapshot(result.standardError, suite: "Import", named: "mistakes-stderr")
            #expect(try await script.auditRows().isEmpty, "nothing was attempted")
            let skipping = try await script.run(["import", file, "--skip-invalid", "--report", script.home.path + "/report.csv"])
            #expect(skipping.status == 1, "the valid row is imported, the others are reported: \(skipping.standardError)")
            let report = try String(contentsOfFile: script.home.path + "/report.csv", encoding: .utf8)
            #expect(report.hasPrefix("line,email,full_name,building,status,user_identity_id,acs_user_id,acs_credential_id,enrollment_automation_id,error,access_grant_id\n"))
            #expect(report.contains("2,ok@example.com,Ok Resident,Maple Court,created,"))
            #expect(report.contains("8,,,,invalid,,,,,ends 2020-01-01 23:59 is in the past"))
        }
    }

    /// A profile with `issue_with = "access_grants"`: each resident gets one Access Grant, its id
    /// in the report's last column. The import used to issue ACS credentials whatever the profile said.
    @Test func aProfileThatIssuesThroughAccessGrantsImportsGrants() async throws {
        try await withScript { script in
            try script.writeProfile("desk", #"issue_with = "access_grants""#)
            let file = try write("""
                email,name,building,entrances,ends
                gia@example.com,Gia Grant,Maple Court,Main Entrance,2099-01-01
                gus@example.com,Gus Grant,Maple Court,Main Entrance;Fitness Center,2099-01-01
                """, "grants.csv", in: script)
            let report = script.home.path + "/report.csv"
            let result = try await script.run(["import", file, "--report", report], profile: "desk")
            #expect(result.status == 0, "\(result.standardError)")
            let rows = try String(contentsOfFile: report, encoding: .utf8).split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
            #expect(rows.count == 2 && rows.allSatisfy { $0[4] == "created" && $0[7].isEmpty && $0.last?.count == 36 }, "\(rows)")
            let actions = try await script.auditRows().compactMap { $0["action"] as? String }
            #expect(actions.filter { $0 == "access_grant.create" }.count == 4 && !actions.contains("credential.create"), "\(actions)")
        }
    }

    @Test func aDryRunSaysWhatItWouldDoAndSendsNothing() async throws {
        try await withScript { script in
            let (text, _) = ResidentsCSV.pmsExport(count: 3, prefix: "dry")
            let result = try await script.run(["import", try write(text, "dry.csv", in: script), "--dry-run"])
            #expect(result.status == 0, "\(result.standardError)")
            #expect(result.standardOutput.contains("line 2: would issue a mobile key to Tester, Resident 0 <dry.0@example.com> at Maple Court: Main Entrance, Unit 101, Fitness Center"))
            #expect(result.standardOutput.hasSuffix("3 residents would get their key; nothing was sent (--dry-run).\n"))
            #expect(try await script.auditRows().isEmpty)
        }
    }

    @Test func anImportKilledHalfWayResumesWithoutMakingAnythingTwice() async throws {
        try await withScript(sandbox: ["--latency", "150"]) { script in
            let (text, emails) = ResidentsCSV.pmsExport(count: 40, prefix: "killed")
            let file = try write(text, "killed.csv", in: script)
            let running = try KeydeskProcess.start(["import", file], environment: script.environment)
            let journal = script.home.path + "/state/keydesk/import-journal.sqlite"
            let deadline = ContinuousClock.now + .seconds(60)
            while ContinuousClock.now < deadline, try Self.doneRows(journal) < 12 {
                try await Task.sleep(for: .milliseconds(50))
            }
            kill(running.process.pid, SIGKILL)
            let killed = try await running.finish()
            #expect(killed.status == 128 + SIGKILL)
            let resumed = try await script.run(["import", file], timeout: .seconds(120))
            #expect(resumed.status == 0, "\(resumed.standardError)")
            #expect(resumed.standardOutput.contains("40 of 40 residents hold their key"), "\(resumed.standardOutput)")
            #expect(resumed.standardOutput.contains("done by an earlier run"), "\(resumed.standardOutput)")
            for (email, holding) in try await holdings(script, emails: emails) {
                #expect(holding.users == 1 && holding.keys == 1, "\(email): \(holding.users) ACS users, \(holding.keys) keys")
            }
        }
    }

    /// Rows the journal records as done (read with Python's sqlite3, as the test has no SQLite of its own).
    static func doneRows(_ journal: String) throws -> Int {
        guard FileManager.default.fileExists(atPath: journal) else { return 0 }
        let result = try SpawnedProcess(["/usr/bin/env", "python3", "-c", """
            import sqlite3, sys
            db = sqlite3.connect("file:" + sys.argv[1] + "?mode=ro", uri=True)
            print(db.execute("SELECT count(*) FROM import_row WHERE progress LIKE '%\\"done\\"%'").fetchone()[0])
            """, journal]).finishBlocking()
        return Int(result.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }

    @Test func rateLimitedRequestsAreWaitedOutAndTheImportFinishes() async throws {
        try await withScript(sandbox: ["--rate-limit", "20"]) { script in
            let (text, emails) = ResidentsCSV.pmsExport(count: 8, prefix: "limited")
            let started = ContinuousClock.now
            let result = try await script.run(["import", try write(text, "limited.csv", in: script)], timeout: .seconds(200))
            #expect(result.status == 0, "\(result.standardError)")
            #expect(ContinuousClock.now - started > .seconds(5), "Seam's Retry-After was waited for")
            for (email, holding) in try await holdings(script, emails: emails) {
                #expect(holding.users == 1 && holding.keys == 1, "\(email): \(holding)")
            }
            let audit = try await script.auditRows()
            #expect(audit.contains { ($0["error_message"] as? String)?.contains("429") == true }, "the refused attempts are in the audit log")
        }
    }
}
