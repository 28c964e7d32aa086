import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// How this process was started, which decides what keydesk may read. A person running keydesk
/// as themselves (`personal`) gets their own flags, environment and XDG files, as always. A
/// member of staff whom sudo started as the service account (the README, "Deploying
/// for staff over SSH") gets `service`: keydesk then reads only the service account's files,
/// found through the password database, never through `HOME` or `XDG_*`, which the caller sets.
public enum ServiceInvocation: Sendable, Equatable {
    case personal
    case service(ServiceSession)

    /// The mode of a process with these ids and this environment. Service mode needs all of:
    /// `SUDO_USER` and `SUDO_UID` naming the same account in the password database (as
    /// `StaffIdentity` checks), that account not being the one the process runs as (sudo
    /// changed accounts), real and effective ids being equal (sudo sets both) and not root
    /// (the service account is an ordinary system account; root is trusted as it is).
    /// Someone who fakes the SUDO_ variables without sudo still runs as themselves, so they
    /// only reach their own files, with their own key.
    public static func detect(
        environment: [String: String],
        realUID: UInt32,
        effectiveUID: UInt32,
        passwords: any PasswordDatabase,
        homeDirectory: (UInt32) -> String?
    ) -> ServiceInvocation {
        guard realUID == effectiveUID, realUID != 0,
              let staff = StaffIdentity.sudoUser(environment: environment, realUID: realUID, passwords: passwords) else { return .personal }
        // A service account without an absolute home has no files to read, so no roster: every
        // start is then refused, rather than falling back to what the caller's environment says.
        let home = homeDirectory(realUID).flatMap { $0.hasPrefix("/") ? $0 : nil } ?? "/nonexistent"
        return .service(ServiceSession(staffLogin: staff, serviceAccount: passwords.name(ofUID: realUID) ?? "uid \(realUID)",
                                       serviceHome: home))
    }

    /// The mode of this process.
    public static func current() -> ServiceInvocation {
        detect(environment: ProcessInfo.processInfo.environment, realUID: UInt32(getuid()), effectiveUID: SystemAccount.effectiveUserID,
               passwords: SystemPasswordDatabase(), homeDirectory: SystemAccount.homeDirectory(of:))
    }

    /// The service session, in service mode.
    public var session: ServiceSession? {
        if case .service(let session) = self { return session }
        return nil
    }
}

/// Who sudo started keydesk for, and as which service account.
public struct ServiceSession: Sendable, Equatable {
    /// The member of staff, as sudo names them.
    public let staffLogin: String
    /// The account keydesk runs as.
    public let serviceAccount: String
    /// That account's home in the password database: its configuration, key, audit log and
    /// data live below it, in the same XDG layout a person's files use.
    public let serviceHome: String

    public init(staffLogin: String, serviceAccount: String, serviceHome: String) {
        self.staffLogin = staffLogin
        self.serviceAccount = serviceAccount
        self.serviceHome = serviceHome
    }

    /// The service account's paths: `KeydeskPaths` for its home alone, no XDG variable and no
    /// `KEYDESK_AUDIT_LOG`, so its audit log is the one under its own state directory.
    public var paths: KeydeskPaths { KeydeskPaths(environment: ["HOME": serviceHome]) }
}
