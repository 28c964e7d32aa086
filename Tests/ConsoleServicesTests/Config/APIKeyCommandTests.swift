import ConsoleCore
import ConsoleServices
import Testing

@Suite struct APIKeyCommandTests {
    @Test func theTrimmedOutputIsTheKey() throws {
        let key = try APIKeyCommand.run("printf '  seam_from_command  \\n'", profile: "east")
        #expect(key.revealedValue == "seam_from_command")
    }

    @Test func onlyTheFirstLineIsTheKeyLikePass() throws {
        let key = try APIKeyCommand.run("printf 'seam_first\\nurl: https://x\\n'", profile: "east")
        #expect(key.revealedValue == "seam_first")
    }

    @Test func aFailingCommandNamesTheProfileAndStatusButNotItsOutput() throws {
        let error = try #require(throws: ConfigError.self) {
            try APIKeyCommand.run("echo seam_leaked_secret; exit 3", profile: "east")
        }
        #expect(error.kind == .keyCommandFailed)
        #expect(error.message.contains("'east'"))
        #expect(error.message.contains("exit status 3"))
        #expect(!error.message.contains("seam_leaked_secret"))
    }

    @Test func anEmptyOutputIsAnError() throws {
        let error = try #require(throws: ConfigError.self) { try APIKeyCommand.run("printf '\\n'", profile: "west") }
        #expect(error.kind == .keyCommandFailed)
        #expect(error.message.contains("'west'"))
        #expect(error.message.contains("exit status 0"))
    }
}
