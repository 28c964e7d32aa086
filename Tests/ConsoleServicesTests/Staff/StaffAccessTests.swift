import ConsoleServices
import Foundation
import Testing

/// What service mode lets a member of staff choose (`StaffAccess`): the roster decides the
/// profile, the buildings and read-only; flags that would pick an endpoint, key or file are
/// refused by name; anyone not on the roster is refused.
@Suite struct StaffAccessTests {
    private let ana = ServiceSession(staffLogin: "frontdesk-ana", serviceAccount: "keydesk", serviceHome: "/var/lib/keydesk")
    private let sam = ServiceSession(staffLogin: "nightdesk-sam", serviceAccount: "keydesk", serviceHome: "/var/lib/keydesk")

    private func config() throws -> KeydeskConfig {
        let text = try StaffRosterTests.shippedExample() + """

            [profiles.tower]
            endpoint = "https://connect.getseam.com"
            api_key = "seam_tower"

            [staff.two-desks]
            profiles = ["tower", "harbor-view"]
            """
        return try KeydeskConfig.parse(text, path: "/var/lib/keydesk/.config/keydesk/config.toml")
    }

    private func refusal(_ session: ServiceSession, _ flags: ConnectionFlags = ConnectionFlags(), options: [String] = []) throws -> ConfigError? {
        let config = try config()
        do {
            _ = try StaffAccess.decide(for: session, config: config, flags: flags, otherOptions: options)
            return nil
        } catch {
            return error
        }
    }

    @Test func theFirstProfileOfTheRosterIsTheirs() throws {
        let access = try StaffAccess.decide(for: ana, config: try config(), flags: ConnectionFlags())
        #expect(access.flags == ConnectionFlags(profile: "harbor-view", readOnly: false))
        #expect(access.member.buildings == ["Maple Court"])
        let two = ServiceSession(staffLogin: "two-desks", serviceAccount: "keydesk", serviceHome: "/var/lib/keydesk")
        #expect(try StaffAccess.decide(for: two, config: try config(), flags: ConnectionFlags()).flags.profile == "tower")
        #expect(try StaffAccess.decide(for: two, config: try config(), flags: ConnectionFlags(profile: "harbor-view")).flags.profile == "harbor-view")
    }

    @Test func aProfileTheRosterDoesNotListIsRefused() throws {
        let error = try #require(try refusal(ana, ConnectionFlags(profile: "tower")))
        #expect(error.kind == .refusedForStaff)
        #expect(error.message == "frontdesk-ana may not use profile 'tower'; the roster in /var/lib/keydesk/.config/keydesk/config.toml allows: harbor-view")
    }

    @Test func readOnlyOnTheRosterCannotBeLifted() throws {
        #expect(try StaffAccess.decide(for: sam, config: try config(), flags: ConnectionFlags()).flags.readOnly)
        // --read-only only takes away, so anyone may add it.
        #expect(try StaffAccess.decide(for: ana, config: try config(), flags: ConnectionFlags(readOnly: true)).flags.readOnly)
    }

    @Test func flagsThatChooseAnEndpointKeyOrFileAreRefusedByName() throws {
        let cases: [(ConnectionFlags, [String], String)] = [
            (ConnectionFlags(endpoint: "https://evil.example"), [], "--endpoint"),
            (ConnectionFlags(apiKey: "seam_mine"), [], "--api-key"),
            (ConnectionFlags(), ["--audit-log"], "--audit-log"),
            (ConnectionFlags(), ["--sandbox-data"], "--sandbox-data"),
        ]
        for (flags, options, name) in cases {
            let error = try #require(try refusal(ana, flags, options: options), "\(name) was accepted")
            #expect(error.kind == .refusedForStaff)
            #expect(error.message.hasPrefix("\(name) is not available to staff: keydesk runs as keydesk for frontdesk-ana"), "\(error.message)")
        }
    }

    @Test func someoneNotOnTheRosterIsRefused() throws {
        let bob = ServiceSession(staffLogin: "frontdesk-bob", serviceAccount: "keydesk", serviceHome: "/var/lib/keydesk")
        let error = try #require(try refusal(bob))
        #expect(error.kind == .notOnStaffRoster)
        #expect(error.message == "frontdesk-bob is not on the staff roster in /var/lib/keydesk/.config/keydesk/config.toml; "
            + "an administrator adds a [staff.frontdesk-bob] table with the profiles they may use")
        let noRoster = KeydeskConfig(profiles: ["p": Profile(name: "p", apiKey: APIKey("seam_p"))], sourcePath: "/var/lib/keydesk/c.toml")
        #expect(throws: ConfigError.self) { try StaffAccess.decide(for: ana, config: noRoster, flags: ConnectionFlags()) }
    }

    @Test func theConnectionComesFromTheServiceProfileAlone() throws {
        let config = KeydeskConfig(
            profiles: ["harbor-view": Profile(name: "harbor-view", endpoint: "http://127.0.0.1:9", apiKey: APIKey("seam_service"))],
            staff: ["frontdesk-ana": StaffMember(login: "frontdesk-ana", profiles: ["harbor-view"])], sourcePath: "/var/lib/keydesk/c.toml")
        let access = try StaffAccess.decide(for: ana, config: config, flags: ConnectionFlags())
        guard case .remote(let settings) = try access.connection(in: config) else {
            Issue.record("no remote connection")
            return
        }
        #expect(settings.endpoint == "http://127.0.0.1:9")
        #expect(settings.apiKey.revealedValue == "seam_service")
        #expect(settings.keySource == .profile(name: "harbor-view", file: "/var/lib/keydesk/c.toml"))
    }
}
