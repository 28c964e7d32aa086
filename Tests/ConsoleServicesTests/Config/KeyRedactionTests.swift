import ConsoleCore
import ConsoleServices
import Testing

@Suite struct KeyRedactionTests {
    private let secret = "seam_test_0123456789abcdef"

    @Test func everyTextualFormOfAKeyIsMasked() {
        let key = APIKey(secret)
        var dumped = ""
        dump(key, to: &dumped)
        for text in [key.description, key.debugDescription, "\(key)", String(reflecting: key), dumped] {
            #expect(!text.contains(secret))
            #expect(!text.contains("0123456789"))
        }
        #expect(key.description == "seam_…(redacted)")
        #expect(APIKey("seam_at1_abc").description == "seam_at…(redacted)")
    }

    @Test func connectionDescriptionsMaskTheKey() throws {
        let connection = try ConnectionResolver.resolve(
            flags: ConnectionFlags(apiKey: secret, readOnly: true), environment: [:], config: KeydeskConfig()
        )
        guard case .remote(let settings) = connection else {
            Issue.record("expected remote")
            return
        }
        var dumped = ""
        dump(settings, to: &dumped)
        for text in [connection.description, settings.description, String(reflecting: settings), dumped] {
            #expect(!text.contains(secret))
        }
        #expect(settings.description.contains("seam_…(redacted)"))
        #expect(settings.description.contains("--api-key flag"))
    }
}
