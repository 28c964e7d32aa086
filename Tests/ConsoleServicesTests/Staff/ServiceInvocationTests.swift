import ConsoleServices
import Testing

/// When keydesk is in service mode, and which files it then reads: only a process that sudo
/// really started as a non-root account other than the caller's, and then the service
/// account's own files, found through the password database, whatever HOME and XDG_* say.
@Suite struct ServiceInvocationTests {
    /// keydesk (uid 990, home /var/lib/keydesk) is the service account; alice is 1001, bob 1002.
    private struct Accounts: PasswordDatabase {
        let byUID: [UInt32: String] = [0: "root", 990: "keydesk", 1001: "alice", 1002: "bob"]
        func name(ofUID uid: UInt32) -> String? { byUID[uid] }
        func uid(ofName name: String) -> UInt32? { byUID.first { $0.value == name }?.key }
    }

    private let homes: [UInt32: String] = [0: "/root", 990: "/var/lib/keydesk", 1001: "/home/alice", 1002: "/home/bob"]

    private func mode(_ environment: [String: String], realUID: UInt32 = 990, effectiveUID: UInt32? = nil) -> ServiceInvocation {
        ServiceInvocation.detect(environment: environment, realUID: realUID, effectiveUID: effectiveUID ?? realUID,
                                 passwords: Accounts(), homeDirectory: { homes[$0] })
    }

    private let sudoFromAlice = ["SUDO_USER": "alice", "SUDO_UID": "1001"]

    @Test func sudoAsTheServiceAccountIsServiceModeForTheStaffMemberSudoNames() {
        #expect(mode(sudoFromAlice) == .service(ServiceSession(staffLogin: "alice", serviceAccount: "keydesk", serviceHome: "/var/lib/keydesk")))
    }

    @Test func theServiceFilesComeFromThePasswordDatabaseNotTheEnvironment() throws {
        let hostile = sudoFromAlice.merging([
            "HOME": "/home/alice", "XDG_CONFIG_HOME": "/home/alice/.config", "XDG_STATE_HOME": "/tmp/state",
            "XDG_DATA_HOME": "/tmp/data", "KEYDESK_AUDIT_LOG": "/tmp/fake-audit.sqlite",
        ]) { $1 }
        let paths = try #require(mode(hostile).session).paths
        #expect(paths.configFile == "/var/lib/keydesk/.config/keydesk/config.toml")
        #expect(paths.auditDatabase == "/var/lib/keydesk/.local/state/keydesk/audit.sqlite")
        #expect(!paths.auditDatabaseIsShared)
        #expect(paths.auditDatabaseFileMode == 0o600)
        #expect(paths.sandboxDataDirectory == "/var/lib/keydesk/.local/share/keydesk/sandbox")
        #expect(paths.logFile == "/var/lib/keydesk/.local/state/keydesk/keydesk.log")
    }

    @Test func withoutSudoOrWithFakedSudoVariablesItIsAPersonalRun() {
        #expect(mode([:]) == .personal)
        #expect(mode([:], realUID: 1001) == .personal)
        // Set by hand in one's own session: SUDO_UID is the caller's own uid.
        #expect(mode(sudoFromAlice, realUID: 1001) == .personal)
        // The name does not have that uid, is unknown, or the uid is not a number.
        #expect(mode(["SUDO_USER": "bob", "SUDO_UID": "1001"]) == .personal)
        #expect(mode(["SUDO_USER": "mallory", "SUDO_UID": "1003"]) == .personal)
        #expect(mode(["SUDO_USER": "alice", "SUDO_UID": "alice"]) == .personal)
        #expect(mode(["USER": "alice", "LOGNAME": "alice"]) == .personal)
    }

    @Test func rootAndSetuidLikeIdsAreNotServiceMode() {
        // `sudo keydesk`: root is trusted as it is, and keeps its own files and flags.
        #expect(mode(sudoFromAlice, realUID: 0) == .personal)
        // sudo sets real and effective ids alike; anything else is not sudo's doing.
        #expect(mode(sudoFromAlice, realUID: 990, effectiveUID: 1001) == .personal)
    }

    @Test func aServiceAccountWithoutAnAbsoluteHomeReadsNothing() throws {
        let detected = ServiceInvocation.detect(environment: sudoFromAlice.merging(["HOME": "/home/alice"]) { $1 }, realUID: 990,
                                                effectiveUID: 990, passwords: Accounts(), homeDirectory: { _ in "relative" })
        #expect(try #require(detected.session).paths.configFile == "/nonexistent/.config/keydesk/config.toml")
    }
}
