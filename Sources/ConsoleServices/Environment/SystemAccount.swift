#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The operating-system account this process runs as, read from the password database
/// (not from `$USER`, which the caller controls), for the audit log and for `~`.
public enum SystemAccount {
    /// The login name of the real user id, or nil when the account has no passwd entry.
    public static func currentUserName() -> String? {
        guard let entry = getpwuid(getuid()), let name = entry.pointee.pw_name else { return nil }
        let text = String(cString: name)
        return text.isEmpty ? nil : text
    }

    /// The home directory of the real user id, or nil when the account has no passwd entry.
    public static func homeDirectory() -> String? {
        homeDirectory(of: UInt32(getuid()))
    }

    /// The home directory of `userID` in the password database, or nil when it has none.
    public static func homeDirectory(of userID: UInt32) -> String? {
        guard let entry = getpwuid(uid_t(userID)), let dir = entry.pointee.pw_dir else { return nil }
        let text = String(cString: dir)
        return text.isEmpty ? nil : text
    }

    /// The effective user id: the account whose files this process may change (under sudo, the
    /// service account).
    public static var effectiveUserID: UInt32 { UInt32(geteuid()) }

    /// The login name of `userID`, or the number when the account has no passwd entry.
    public static func name(of userID: UInt32) -> String {
        guard let entry = getpwuid(uid_t(userID)), let name = entry.pointee.pw_name, name.pointee != 0 else { return String(userID) }
        return String(cString: name)
    }
}
