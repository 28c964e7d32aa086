import Foundation
import GRDB
import NIOHTTP1
@testable import SeamSandbox
import Testing

/// The issuance sweeper, a `Service` of the sandbox's application: it issues due credentials
/// with no request asking, and stops with the server.
@Suite struct IssuanceSweeperTests {
    @Test func aDueCredentialIsIssuedWithoutAnyRequestReadingIt() async throws {
        let options = SandboxOptions(storage: .inMemory, seed: .demo, issueDelay: .milliseconds(200))
        try await withSandbox(options) { sb in
            let system = try await sb.building()
            let doors = try await sb.entranceIDs(of: system)
            let (_, userID) = try await sb.newResident(in: system)
            let created = try await sb.post("/acs/credentials/create", [
                "acs_user_id": userID, "access_method": "mobile_key", "allowed_acs_entrance_ids": [doors[0]], "ends_at": TestSandbox.future,
            ]).object("acs_credential")
            let id = try #require(created["acs_credential_id"] as? String)
            #expect(created["is_issued"] as? Bool == false)
            // Straight from the store: no route runs, so only the sweeper can issue it.
            let store = sb.sandbox.store
            let issued = try await eventually {
                try await store.read { db in
                    try Bool.fetchOne(db, sql: "SELECT is_issued FROM acs_credentials WHERE id = ?", arguments: [id]) ?? false
                }
            }
            #expect(issued)
            let events = try await store.read { db in
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM events WHERE event_type = 'acs_credential.issued' AND acs_credential_id = ?", arguments: [id])
            }
            #expect(events == 1)
        }
    }

    @Test func shutdownStopsTheSweeperPromptly() async throws {
        let running = try await Sandbox.start(TestSandbox.testOptions)
        let started = ContinuousClock.now
        try await running.shutdown()
        // A sweeper that ignored cancellation would hold shutdown forever; the bound leaves room
        // for a loaded CI machine (the sweep itself runs every 100 ms).
        #expect(ContinuousClock.now - started < .seconds(30))
    }
}
