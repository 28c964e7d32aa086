/// Who is acting, as the audit log records it. On a front desk keydesk runs as a service
/// account through a narrow sudo rule (the README, "Deploying for staff over SSH"), so the person is the one sudo names;
/// otherwise it is the account the process runs as. `USER` and `LOGNAME` are never read: the
/// caller sets them to anything.
public enum StaffIdentity {
    /// `SUDO_USER` when sudo really ran this process: `SUDO_UID` is a uid other than the real
    /// uid (sudo changed accounts) and the password database gives `SUDO_USER` exactly that
    /// uid. Otherwise the real uid's name in the password database, or "uid N" when it has none.
    public static func name(environment: [String: String], realUID: UInt32, passwords: any PasswordDatabase) -> String {
        sudoUser(environment: environment, realUID: realUID, passwords: passwords)
            ?? passwords.name(ofUID: realUID) ?? "uid \(realUID)"
    }

    /// `SUDO_USER` under the conditions above, or nil when sudo did not change accounts.
    public static func sudoUser(environment: [String: String], realUID: UInt32, passwords: any PasswordDatabase) -> String? {
        guard let sudoUser = environment["SUDO_USER"], !sudoUser.isEmpty,
              let sudoText = environment["SUDO_UID"], let sudoUID = UInt32(sudoText),
              sudoUID != realUID, passwords.uid(ofName: sudoUser) == sudoUID else { return nil }
        return sudoUser
    }
}
