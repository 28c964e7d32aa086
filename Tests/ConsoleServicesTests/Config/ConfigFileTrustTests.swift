@testable import ConsoleServices
import Foundation
import KeydeskTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

private let keyConfig = "[profiles.a]\napi_key = \"seam_trust_secret_key\"\n"
private let plainConfig = "[profiles.a]\nendpoint = \"https://a.example\"\n"
private let nobody: UInt32 = 65534

/// Who may own, write and read config.toml (`ConfigFileTrust`, `TrustedFileReader`): every
/// refusal names the file and the command that fixes it, and never the key.
@Suite struct ConfigFileTrustTests {
    private func refusal(_ path: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> ConfigError {
        let error = try #require(throws: ConfigError.self, sourceLocation: sourceLocation) { try KeydeskConfig.load(from: path) }
        #expect(!error.message.contains("seam_trust_secret_key"), sourceLocation: sourceLocation)
        return error
    }

    @Test func aSymbolicLinkIsRefusedNotFollowed() throws {
        let directory = try TemporaryDirectory()
        let target = try directory.write(keyConfig, to: "real.toml", mode: 0o600)
        let link = directory.path + "/config.toml"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let error = try refusal(link)
        #expect(error.kind == .symbolicLink)
        #expect(error.message.contains("\(link) is a symbolic link"))
        #expect(error.message.contains("cp --remove-destination \"$(readlink -f \(link))\" \(link)"))
    }

    @Test func aDanglingSymbolicLinkIsRefusedTooNotTakenForAMissingFile() throws {
        let directory = try TemporaryDirectory()
        let link = directory.path + "/config.toml"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: directory.path + "/nowhere.toml")
        #expect(try refusal(link).kind == .symbolicLink)
    }

    @Test func somethingOtherThanARegularFileIsRefused() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/config.toml"
        try #require(mkfifo(path, 0o600) == 0)
        let error = try refusal(path)
        #expect(error.kind == .unreadable)
        #expect(error.message.contains("\(path) is not a regular file"))
    }

    @Test func aFileWritableByGroupOrOthersIsRefusedEvenWithoutAKey() throws {
        let directory = try TemporaryDirectory()
        for (mode, fix) in [(UInt16(0o664), "chmod 644"), (0o646, "chmod 644"), (0o620, "chmod 600")] {
            let path = try directory.write(plainConfig, to: "config.toml", mode: mode)
            let error = try refusal(path)
            #expect(error.kind == .insecurePermissions)
            #expect(error.message.contains("writable by group or others"))
            #expect(error.message.contains("\(fix) \(path)"), "\(error.message)")
        }
    }

    @Test func theFixForAWritableFileWithAKeyAlsoMakesItPrivate() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write(keyConfig, to: "config.toml", mode: 0o666)
        #expect(try refusal(path).message.contains("chmod 600 \(path)"))
    }

    @Test func aDirectoryWritableByGroupOrOthersIsRefused() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write(plainConfig, to: "keydesk/config.toml", mode: 0o600)
        let folder = directory.path + "/keydesk"
        for (mode, fix) in [(mode_t(0o777), "chmod 755"), (0o1777, "chmod 1755"), (0o770, "chmod 750")] {
            chmod(folder, mode)
            let error = try refusal(path)
            #expect(error.kind == .insecurePermissions)
            #expect(error.message.contains("the directory \(folder) of \(path) is writable by group or others"), "\(error.message)")
            #expect(error.message.contains("\(fix) \(folder)"), "\(error.message)")
        }
    }

    @Test(.enabled(if: geteuid() == 0, "needs root to give a file to another account"))
    func aFileOrDirectoryOwnedByAnotherAccountIsRefusedWithTheChown() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write(plainConfig, to: "keydesk/config.toml", mode: 0o600)
        for owned in [path, directory.path + "/keydesk"] {
            try #require(chown(owned, nobody, gid_t(nobody)) == 0)
            let error = try refusal(path)
            #expect(error.kind == .untrustedOwner)
            #expect(error.message.contains("is owned by \(SystemAccount.name(of: nobody)), not by root"), "\(error.message)")
            #expect(error.message.contains("chown root \(owned)"), "\(error.message)")
            try #require(chown(owned, 0, 0) == 0)
        }
    }

    @Test func theServiceAccountOrRootMayOwnTheFileAndNoOneElse() throws {
        let serviceAccount: UInt32 = 990
        let trust = ConfigFileTrust(path: "/srv/keydesk/config.toml", userID: serviceAccount)
        for owner in [serviceAccount, 0] {
            try trust.checkOwnersAndDirectory(file: .init(ownerID: owner, mode: 0o600), directory: .init(ownerID: owner, mode: 0o700))
        }
        let error = try #require(throws: ConfigError.self) {
            try trust.checkOwnersAndDirectory(file: .init(ownerID: 1000, mode: 0o600), directory: .init(ownerID: 0, mode: 0o755))
        }
        #expect(error.kind == .untrustedOwner)
        #expect(error.message.contains("chown \(SystemAccount.name(of: serviceAccount)) /srv/keydesk/config.toml"), "\(error.message)")
    }
}
