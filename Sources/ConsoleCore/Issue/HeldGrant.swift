import SeamAPI

/// One Access Grant a resident holds, with what `keydesk issue` compares: the entrances it opens
/// and its access methods.
public struct HeldGrant: Sendable, Equatable {
    public let grant: AccessGrant
    public let entranceIDs: [String]
    public let methods: [AccessMethod]

    public init(grant: AccessGrant, entranceIDs: [String], methods: [AccessMethod]) {
        self.grant = grant
        self.entranceIDs = entranceIDs
        self.methods = methods
    }
}
