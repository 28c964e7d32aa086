import Foundation
import Testing

/// A 50-row property-management export imported through the built binary, then every
/// resident's key checked with the official Python SDK: one identity, one ACS user in the right
/// building, one credential of the right kind opening exactly the doors of the row.
@Suite struct ImportSDKEndToEndTests {
    static let apiKey = "seam_e2e_import_sdk"

    /// Prints one line per email: its identity count, ACS users, and each credential's access
    /// method, multi-phone flag and sorted entrance names.
    static let check = #"""
    import sys
    from seam import Seam
    seam = Seam(api_key=sys.argv[2], endpoint=sys.argv[1])
    for email in sys.argv[3:]:
        identities = [i for i in seam.user_identities.list(search=email) if i.email_address == email]
        users = [u for u in seam.acs.users.list(search=email) if (u.email_address or "").lower() == email]
        keys = []
        for user in users:
            for c in seam.acs.credentials.list(acs_user_id=user.acs_user_id):
                doors = sorted(e.display_name for e in seam.acs.credentials.list_accessible_entrances(acs_credential_id=c.acs_credential_id))
                keys.append("%s/%s/%s" % (c.access_method, c.is_multi_phone_sync_credential, "+".join(doors)))
        print(email, len(identities), len(users), " ".join(sorted(keys)))
    """#

    @Test func aPMSExportIsImportedAndEveryKeyIsWhatTheSDKSees() async throws {
        try await ScriptRun.with(apiKey: Self.apiKey) { script in try await importAndCheck(script) }
    }

    func importAndCheck(_ script: ScriptRun) async throws {
        let home = script.home
        let server = script.server
        let (text, emails) = ResidentsCSV.pmsExport(count: 50, prefix: "sdk")
        let file = home.path + "/pms-export.csv"
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let result = try await script.run(["import", file, "--report", home.path + "/report.csv"], timeout: .seconds(180))
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("50 of 50 residents hold their key: 50 created"), "\(result.standardOutput)")

        let venv = home.path + "/venv"
        let checker = home.path + "/check.py"
        try Self.check.write(toFile: checker, atomically: true, encoding: .utf8)
        let setup = try await Tmux.runOffThePool(["sh", "-c", "python3 -m venv \(shellQuote(venv)) && \(shellQuote(venv))/bin/pip install --disable-pip-version-check -q seam"])
        try Prerequisite.require(setup.status == 0 ? nil : "Python or PyPI is out of reach for the SDK check: \(setup.output.suffix(300))")
        let checked = try await Tmux.runOffThePool(["\(venv)/bin/python", checker, server.endpoint, Self.apiKey] + emails)
        #expect(checked.status == 0, "\(checked.output)")
        let lines = Dictionary(uniqueKeysWithValues: checked.output.split(separator: "\n").compactMap { line -> (String, String)? in
            guard let space = line.firstIndex(of: " ") else { return nil }
            return (String(line[..<space]), String(line[line.index(after: space)...]))
        })
        for (index, email) in emails.enumerated() {
            let pin = index % 7 == 3
            let doors = ResidentsCSV.doors(of: index).sorted().joined(separator: "+")
            let expected = "1 1 " + (pin ? "code/False/\(doors)" : "mobile_key/True/\(doors)")
            #expect(lines[email] == expected, "\(email)")
        }
    }
}
