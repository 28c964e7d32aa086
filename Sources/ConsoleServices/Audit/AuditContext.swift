import ConsoleCore
import Foundation

/// Who is acting and against what, the same for every entry of a session: the host, the staff
/// member's account (`StaffIdentity`), the SSH client address, and the profile and endpoint.
public struct AuditContext: Sendable, Equatable {
    /// This machine; each host's rows form one hash chain.
    public var host: String
    public var osUser: String
    /// The first field of `SSH_CONNECTION`, or nil for a local session.
    public var sshClientAddress: String?
    public var profile: String?
    public var endpoint: String

    public init(osUser: String, sshClientAddress: String?, profile: String?, endpoint: String,
                host: String = AuditHostName.current()) {
        self.host = host
        self.osUser = osUser
        self.sshClientAddress = sshClientAddress
        self.profile = profile
        self.endpoint = endpoint
    }

    /// The context of this process: the staff member from sudo or the real uid (never from
    /// `USER` or `LOGNAME`; see `StaffIdentity`), the client address from `SSH_CONNECTION`.
    public static func current(
        profile: String?,
        endpoint: String,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        realUID: UInt32 = UInt32(getuid()),
        passwords: any PasswordDatabase = SystemPasswordDatabase(),
        host: String = AuditHostName.current()
    ) -> AuditContext {
        AuditContext(
            osUser: StaffIdentity.name(environment: environment, realUID: realUID, passwords: passwords),
            sshClientAddress: sshClientAddress(from: environment["SSH_CONNECTION"]),
            profile: profile,
            endpoint: endpoint,
            host: host
        )
    }

    /// `SSH_CONNECTION` is "client_ip client_port server_ip server_port"; the address is the
    /// first field, kept only if it looks like an IPv4 or IPv6 address.
    static func sshClientAddress(from connection: String?) -> String? {
        guard let first = connection?.split(separator: " ").first, !first.isEmpty else { return nil }
        let allowed = Set("0123456789abcdefABCDEF:.%")
        guard first.count <= 64, first.allSatisfy({ allowed.contains($0) }) else { return nil }
        return String(first)
    }
}

extension AuditEntry {
    /// An entry for `context`, the usual way the console builds one. Without `kind` it is a
    /// one-row `.record`, as the first wave wrote.
    public init(
        context: AuditContext,
        time: Date,
        kind: AuditKind = .record,
        attemptID: Int64? = nil,
        action: String,
        resourceIDs: [String],
        detail: String? = nil,
        outcome: AuditOutcome?,
        errorMessage: String? = nil,
        seamRequestID: String? = nil
    ) {
        self.init(
            time: time, host: context.host, osUser: context.osUser, sshClientAddress: context.sshClientAddress,
            profile: context.profile, endpoint: context.endpoint, kind: kind, attemptID: attemptID,
            action: action, resourceIDs: resourceIDs, detail: detail, outcome: outcome,
            errorMessage: errorMessage, seamRequestID: seamRequestID
        )
    }
}
