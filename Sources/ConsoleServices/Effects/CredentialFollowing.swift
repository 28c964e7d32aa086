import Foundation
import SeamAPI

/// Follows new credentials until the building has issued them, for a bounded time: Seam issues
/// asynchronously, and a field that may never change must not be waited on forever
/// (reference: `is_issued` is not documented for every Latch credential). Used by the wizard's
/// mobile key and the guest flow's PINs.
enum CredentialFollowing {
    /// How long to wait before saying what is known.
    static let limit: Duration = .seconds(30)
    /// The pause between two reads.
    static let pause: Duration = .milliseconds(500)

    /// Reads the credentials until every one is issued or `limit` has passed; returns them as last
    /// read, and whether the wait gave up first.
    static func follow(_ ids: [String], client: SeamClient, limit: Duration = limit) async throws -> (credentials: [AcsCredential], timedOut: Bool) {
        let deadline = ContinuousClock.now + limit
        var credentials = try await read(ids, client: client)
        while credentials.contains(where: { $0.isIssued != true }), ContinuousClock.now < deadline {
            try await Task.sleep(for: pause)
            credentials = try await read(ids, client: client)
        }
        return (credentials, credentials.contains { $0.isIssued != true })
    }

    private static func read(_ ids: [String], client: SeamClient) async throws -> [AcsCredential] {
        var credentials: [AcsCredential] = []
        for id in ids { credentials.append(try await client.acs.credentials.get(acsCredentialId: id)) }
        return credentials
    }
}
