import ConsoleServices
import Foundation
import KeydeskTestSupport
import Testing

/// The staff roster of a service configuration: the example shipped in Resources/ reads as
/// documented, and every mistake is refused with the file and the line it is on.
@Suite struct StaffRosterTests {
    /// Resources/keydesk-service.example.toml as install.sh writes it, placeholders filled in.
    static func shippedExample(endpoint: String = "https://connect.getseam.com", home: String = "/var/lib/keydesk") throws -> String {
        let resources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Resources")
        return try String(contentsOf: resources.appendingPathComponent("keydesk-service.example.toml"), encoding: .utf8)
            .replacingOccurrences(of: "@KEYDESK_ENDPOINT@", with: endpoint)
            .replacingOccurrences(of: "@KEYDESK_HOME@", with: home)
    }

    private func problem(_ text: String) -> ConfigError? {
        do {
            _ = try KeydeskConfig.parse(text, path: "/srv/keydesk/config.toml")
            return nil
        } catch {
            return error
        }
    }

    @Test func theShippedExampleGivesAnaOneBuildingAndSamReadOnly() throws {
        let config = try KeydeskConfig.parse(try Self.shippedExample(), path: "/var/lib/keydesk/.config/keydesk/config.toml")
        #expect(config.staff["frontdesk-ana"] == StaffMember(login: "frontdesk-ana", profiles: ["harbor-view"], buildings: ["Maple Court"]))
        #expect(config.staff["nightdesk-sam"] == StaffMember(login: "nightdesk-sam", profiles: ["harbor-view"], readOnly: true))
        #expect(config.profiles["harbor-view"]?.apiKeyCommand == "cat /var/lib/keydesk/.config/keydesk/seam-api-key")
        #expect(config.profiles["harbor-view"]?.endpoint == "https://connect.getseam.com")
    }

    @Test func aProfileNotDefinedIsNamedWithItsLine() throws {
        let error = try #require(problem("""
            [profiles.harbor-view]
            api_key = "seam_x"

            [staff.ana]
            profiles = ["harbour-view"]
            """))
        #expect(error.kind == .invalidValue)
        #expect(error.message == "/srv/keydesk/config.toml: line 5: staff 'ana' may use profile 'harbour-view', which is not defined; known profiles: harbor-view")
    }

    @Test func aMisspelledKeyIsRefusedByNameAndLine() throws {
        let error = try #require(problem("""
            [profiles.p]
            api_key = "seam_x"
            [staff.ana]
            profiles = ["p"]
            readonly = true
            """))
        #expect(error.kind == .unknownKeys)
        #expect(error.message.contains("'staff.ana.readonly' (line 5)"), "\(error.message)")
        #expect(error.message.contains("for a member of staff: profiles, buildings, read_only"), "\(error.message)")
    }

    @Test func everyWrongValueIsRefusedWithItsLine() throws {
        let header = "[profiles.p]\napi_key = \"seam_x\"\n"
        let cases: [(String, String)] = [
            ("[staff.ana]\nbuildings = [\"Maple Court\"]", "line 3: [staff.ana] has no 'profiles'"),
            ("[staff.ana]\nprofiles = []", "line 4: 'staff.ana.profiles' is empty"),
            ("[staff.ana]\nprofiles = \"p\"", "line 4: 'staff.ana.profiles' must be a list in brackets"),
            ("[staff.ana]\nprofiles = [\"p\"]\nbuildings = []", "line 5: 'staff.ana.buildings' is empty, which would allow no building"),
            ("[staff.ana]\nprofiles = [\"p\"]\nbuildings = [\"Maple Court\", 3]", "line 5: 'staff.ana.buildings' may only hold non-empty names"),
            ("[staff.ana]\nprofiles = [\"p\"]\nread_only = \"yes\"", "line 5: 'staff.ana.read_only' must be true or false"),
            ("[staff]\nana = \"p\"", "'staff.ana' must be a table"),
        ]
        for (roster, expected) in cases {
            let error = try #require(problem(header + roster), "accepted: \(roster)")
            #expect(error.message.hasPrefix("/srv/keydesk/config.toml: "), "\(error.message)")
            #expect(error.message.contains(expected), "for \(roster): \(error.message)")
        }
        let notATable = try #require(problem("staff = 1\n" + header))
        #expect(notATable.message == "/srv/keydesk/config.toml: line 1: 'staff' must be a table of staff members, like [staff.LOGIN]")
    }

    @Test func aPersonalConfigHasNoRoster() throws {
        let config = try KeydeskConfig.parse("[profiles.p]\napi_key = \"seam_x\"\n", path: "c.toml")
        #expect(config.staff.isEmpty)
    }
}
