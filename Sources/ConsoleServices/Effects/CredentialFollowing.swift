import ConsoleCore
import Foundation
import SeamAPI

/// Follows new credentials (or a grant's access methods) until the building has issued them, for
/// a bounded time: Seam issues asynchronously, and a field that may never change must not be
/// waited on forever (reference: `is_issued` is not documented for every Latch credential). Used
/// by the wizard's mobile key and Access Grant, and the guest flow's PINs.
enum CredentialFollowing {
    /// How long to wait before saying what is known.
    static let limit: Duration = .seconds(30)
    /// The pause between two reads.
    static let pause: Duration = .milliseconds(500)

    /// Reads the credentials until every one is issued or `limit` has passed; returns them as last
    /// read, and whether the wait gave up first.
    static func follow(_ ids: [String], client: SeamClient, limit: Duration = limit) async throws -> (credentials: [AcsCredential], timedOut: Bool) {
        try await poll(limit: limit, until: { $0.allSatisfy { $0.isIssued == true } }) {
            var credentials: [AcsCredential] = []
            for id in ids { credentials.append(try await client.acs.credentials.get(acsCredentialId: id)) }
            return credentials
        }
    }

    /// Reads the access methods of a grant until it has some and every one is issued, or `limit`
    /// has passed; returns them as last read, and whether the wait gave up first.
    static func followGrant(_ grantID: String, client: SeamClient, limit: Duration = limit) async throws -> (methods: [AccessMethod], timedOut: Bool) {
        try await poll(limit: limit, until: { $0.areAllIssued }) {
            try await client.accessMethods.paginate(AccessMethodListParameters(accessGrantId: grantID)).collectAll()
        }
    }

    /// Reads until `done` says so or `limit` has passed, `pause` apart.
    private static func poll<T>(limit: Duration, until done: (T) -> Bool, _ read: () async throws -> T) async throws -> (T, Bool) {
        let deadline = ContinuousClock.now + limit
        var value = try await read()
        while !done(value), ContinuousClock.now < deadline {
            try await Task.sleep(for: pause)
            value = try await read()
        }
        return (value, !done(value))
    }
}
