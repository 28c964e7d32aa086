import ConsoleCore
import ConsoleServices
import KeydeskTestSupport
import Testing

@Suite struct ConfigWritingTests {
    private let config = KeydeskConfig(defaultProfile: "east", profiles: [
        "east": Profile(name: "east", endpoint: "https://connect.getseam.com", apiKey: APIKey("seam_east_\"quoted\"\\key"),
                        workspaceID: "ws_east", readOnly: true),
        "west wing": Profile(name: "west wing", apiKeyCommand: "pass show 'seam/west'"),
    ])

    @Test func writesTheFile0600InADirectory0700() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/xdg/keydesk/config.toml"
        try config.write(to: path)
        #expect(modeOfFile(path) == 0o600)
        #expect(modeOfFile(directory.path + "/xdg/keydesk") == 0o700)
        #expect(modeOfFile(directory.path + "/xdg") == 0o700)
    }

    @Test func replacingAReadableFileLeavesItPrivate() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("# old\n", to: "config.toml", mode: 0o644)
        try config.write(to: path)
        #expect(modeOfFile(path) == 0o600)
    }

    @Test func whatIsWrittenReadsBackTheSame() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/config.toml"
        try config.write(to: path)
        var loaded = try KeydeskConfig.load(from: path)
        #expect(loaded.sourcePath == path)
        loaded.sourcePath = nil
        #expect(loaded == config)
    }
}
