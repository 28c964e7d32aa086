import Foundation
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

    /// The kinds of access method the grant was asked for (its methods, if Seam lists none).
    public var modes: Set<String> {
        let requested = grant.requestedAccessMethods.map(\.mode.rawValue)
        return Set(requested.isEmpty ? methods.map(\.mode.rawValue) : requested)
    }

    /// The grant among `held` that is the key asked for: still in effect, for exactly these
    /// entrances, asked for with exactly these kinds of access method.
    public static func same(in held: [HeldGrant], entranceIDs: [String], modes: [AccessMode], now: Date) -> HeldGrant? {
        let doors = Set(entranceIDs), kinds = Set(modes.map(\.rawValue))
        return held.first { held in
            (held.grant.endsAt.map { $0 > now } ?? true) && Set(held.entranceIDs) == doors && held.modes == kinds
        }
    }
}
