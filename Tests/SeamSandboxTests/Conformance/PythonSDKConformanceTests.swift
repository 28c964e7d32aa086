import Foundation
import KeydeskTestSupport
import NIOHTTP1
import SeamSandbox
import Testing

/// Runs the Latch mobile-credentials guide (steps 1-5 and the accessible-entrances listing) with
/// the official Python SDK (`pip install seam`) against an in-process sandbox. Skips when Python
/// or PyPI is out of reach, except under `CI=true`, where that is a failure.
@Suite(.serialized) struct PythonSDKConformanceTests {
    static var isCI: Bool { PythonEnvironment.isCI }

    struct ProcessResult { var status: Int32; var output: String }

    static func run(_ executable: String, _ arguments: [String], timeout: Duration = .seconds(600)) async throws -> ProcessResult {
        let result = try await SpawnedProcess.run(["/usr/bin/env", executable] + arguments, mergingErrors: true, timeout: timeout)
        return ProcessResult(status: result.status, output: result.standardOutput)
    }

    /// Skips (or fails under CI) with a reason.
    static func unavailable(_ reason: String) throws -> Never {
        try PythonEnvironment.unavailable(reason, suite: "PythonSDKConformanceTests")
    }

    @Test(.timeLimit(.minutes(15)))
    func guideFlowRunsUnchangedAgainstTheSandbox() async throws {
        guard let python = try? await Self.run("python3", ["-c", "import sys; assert sys.version_info >= (3, 9); print(sys.version)"]), python.status == 0 else {
            try Self.unavailable("python3 (3.9 or newer) is not available")
        }
        let venv = FileManager.default.temporaryDirectory.appendingPathComponent("keydesk-seam-venv-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: venv) }
        let made = try await Self.run("python3", ["-m", "venv", venv])
        guard made.status == 0 else { try Self.unavailable("python3 -m venv failed: \(made.output.suffix(400))") }
        let install = try await Self.run("\(venv)/bin/pip", ["install", "--disable-pip-version-check", "-q", "seam"])
        guard install.status == 0 else { try Self.unavailable("pip install seam failed (PyPI unreachable?): \(install.output.suffix(600))") }

        let script = FileManager.default.temporaryDirectory.appendingPathComponent("keydesk-guide-\(UUID().uuidString).py").path
        try Self.guideScript.write(toFile: script, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: script) }
        // A real issue delay, so the 2026 flow waits for issuance and deletion as a client must.
        var options = TestSandbox.testOptions
        options.issueDelay = .seconds(1)
        try await withSandbox(options) { sb in
            let result = try await Self.run("\(venv)/bin/python", [script, sb.baseURL, sb.apiKey], timeout: .seconds(120))
            #expect(result.status == 0, "guide flow failed:\n\(result.output)")
            #expect(result.output.contains("GUIDE FLOW OK"), "\(result.output)")

            let patScript = script + ".pat.py"
            try Self.personalAccessTokenScript.write(toFile: patScript, atomically: true, encoding: .utf8)
            defer { try? FileManager.default.removeItem(atPath: patScript) }
            let pat = try await Self.run("\(venv)/bin/python", [patScript, sb.baseURL, sb.sandbox.personalAccessToken, sb.sandbox.workspaceID],
                                         timeout: .seconds(120))
            #expect(pat.status == 0, "personal access token flow failed:\n\(pat.output)")
            #expect(pat.output.contains("PAT FLOW OK"), "\(pat.output)")

            let currentScript = script + ".2026.py"
            try Self.seam2026Script.write(toFile: currentScript, atomically: true, encoding: .utf8)
            defer { try? FileManager.default.removeItem(atPath: currentScript) }
            let current = try await Self.run("\(venv)/bin/python", [currentScript, sb.baseURL, sb.apiKey], timeout: .seconds(120))
            #expect(current.status == 0, "Seam 2026 flow failed:\n\(current.output)")
            #expect(current.output.contains("SEAM 2026 FLOW OK"), "\(current.output)")
        }
    }

    /// Seam as it is now, through the SDK unchanged: phones, connected accounts and the per-phone
    /// child credentials of the demo seed, then an Access Grant with an inline identity and two
    /// methods: wait until issued, list its methods, move its end, delete it.
    static let seam2026Script = #"""
    import sys, time, datetime
    from seam import Seam

    endpoint, api_key = sys.argv[1], sys.argv[2]
    seam = Seam(api_key=api_key, endpoint=endpoint)
    def iso(t):
        return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)
    now = datetime.datetime.now(datetime.timezone.utc)

    accounts = seam.connected_accounts.list()
    systems = seam.acs.systems.list()
    assert {s.connected_account_id for s in systems} <= {a.connected_account_id for a in accounts}, (accounts, systems)
    birch = [s for s in systems if s.name == "Birch House"][0]
    assert [e.error_code for e in seam.connected_accounts.get(connected_account_id=birch.connected_account_id).errors] == ["account_disconnected"]

    maple = [s for s in systems if s.name == "Maple Court"][0]
    residents = [u for u in seam.acs.users.list(acs_system_id=maple.acs_system_id) if u.user_identity_id]
    with_phones = [(u, seam.phones.list(owner_user_identity_id=u.user_identity_id)) for u in residents]
    resident, phones = [(u, p) for (u, p) in with_phones if len(p) == 2][0]
    assert all(p.device_type in ("ios_phone", "android_phone") for p in phones), phones
    credentials = seam.acs.credentials.list(user_identity_id=resident.user_identity_id)
    parent = [c for c in credentials if c.is_multi_phone_sync_credential][0]
    children = [c for c in credentials if c.parent_acs_credential_id == parent.acs_credential_id]
    assert len(children) == 2, credentials
    assert {p.device_id for p in seam.phones.list(acs_credential_id=parent.acs_credential_id)} == {p.device_id for p in phones}

    entrances = seam.acs.entrances.list(acs_system_id=maple.acs_system_id)
    doors = [e.acs_entrance_id for e in entrances if e.display_name in ("Main Entrance", "Unit 101")]
    grant = seam.access_grants.create(
        user_identity={"email_address": "sdk.grantee@example.com", "full_name": "Sam Grantee", "phone_number": "+15555550142"},
        acs_entrance_ids=doors,
        requested_access_methods=[{"mode": "mobile_key"}, {"mode": "code"}],
        starts_at=iso(now), ends_at=iso(now + datetime.timedelta(days=30)),
        access_grant_key="sdk-lease-1", name="SDK lease")
    again = seam.access_grants.create(
        user_identity={"email_address": "sdk.grantee@example.com", "full_name": "Sam Grantee", "phone_number": "+15555550142"},
        acs_entrance_ids=doors,
        requested_access_methods=[{"mode": "mobile_key"}, {"mode": "code"}],
        starts_at=iso(now), ends_at=iso(now + datetime.timedelta(days=30)),
        access_grant_key="sdk-lease-1", name="SDK lease")
    assert again.access_grant_id == grant.access_grant_id
    deadline = time.time() + 30
    while True:
        methods = seam.access_methods.list(access_grant_id=grant.access_grant_id)
        if methods and all(m.is_issued for m in methods):
            break
        assert time.time() < deadline, methods
        time.sleep(0.2)
    assert sorted(m.mode for m in methods) == ["code", "code", "mobile_key"], methods
    assert all(len(m.code) == 7 for m in methods if m.mode == "code"), methods
    new_end = now + datetime.timedelta(days=10)
    seam.access_grants.update(access_grant_id=grant.access_grant_id, ends_at=iso(new_end))
    updated = seam.access_grants.get(access_grant_id=grant.access_grant_id)
    assert updated.ends_at.startswith(iso(new_end)[:16]), updated.ends_at
    mine = seam.acs.credentials.list(user_identity_id=grant.user_identity_id)
    assert mine and all(c.ends_at.startswith(iso(new_end)[:16]) for c in mine), mine
    seam.access_grants.delete(access_grant_id=grant.access_grant_id)
    leaving = seam.access_grants.get(access_grant_id=grant.access_grant_id)
    assert "being_deleted" in [w.warning_code for w in leaving.warnings], leaving.warnings
    deadline = time.time() + 30
    while True:
        try:
            seam.access_grants.get(access_grant_id=grant.access_grant_id)
        except Exception as error:
            assert getattr(error, "code", None) == "access_grant_not_found", error
            break
        assert time.time() < deadline, "the grant was never deleted"
        time.sleep(0.2)
    assert seam.acs.credentials.list(user_identity_id=grant.user_identity_id) == []
    print("SEAM 2026 FLOW OK")
    """#

    /// The SDK with a personal access token and a workspace id (it sends `seam-workspace`), and
    /// the 401 for a token the sandbox does not know.
    static let personalAccessTokenScript = #"""
    import sys
    from seam import Seam
    from seam.exceptions import SeamHttpUnauthorizedError

    endpoint, token, workspace_id = sys.argv[1], sys.argv[2], sys.argv[3]
    seam = Seam(personal_access_token=token, workspace_id=workspace_id, endpoint=endpoint)
    assert seam.workspaces.get().workspace_id == workspace_id
    buildings = [s for s in seam.acs.systems.list() if not s.is_credential_manager]
    assert len(buildings) >= 2, buildings
    identity = seam.user_identities.create(email_address="pat@example.com")
    assert identity.workspace_id == workspace_id
    stranger = Seam(personal_access_token="seam_at_unknown_token", workspace_id=workspace_id, endpoint=endpoint)
    try:
        stranger.acs.systems.list()
        raise SystemExit("an unknown personal access token was accepted")
    except SeamHttpUnauthorizedError:
        pass
    print("PAT FLOW OK")
    """#

    /// The guide's Python sample, unchanged but for the endpoint, the lookup of `building_a` and
    /// its entrances, dates in the future, and the enrollment automation through the raw client.
    static let guideScript = #"""
    import sys, datetime
    from seam import Seam

    endpoint, api_key = sys.argv[1], sys.argv[2]
    seam = Seam(api_key=api_key, endpoint=endpoint)

    building_a = [s for s in seam.acs.systems.list() if s.name == "Maple Court"][0]
    entrances = seam.acs.entrances.list(acs_system_id=building_a.acs_system_id)
    room_entrance = [e for e in entrances if e.display_name.startswith("Unit")][0]
    common_door_entrance = [e for e in entrances if e.display_name == "Main Entrance"][0]
    now = datetime.datetime.now(datetime.timezone.utc)
    def iso(t):
        return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)

    # Step 1:
    jane_user = seam.user_identities.create(
        email_address = "jane@example.com"
    )
    # Step 2:
    latch_credential_manager = seam.acs.systems.list_compatible_credential_manager_acs_systems(
        acs_system_id = building_a.acs_system_id
    )[0]
    assert latch_credential_manager.is_credential_manager
    # Step 3 (the SDK no longer wraps enrollment automations: raw client):
    launched = seam.client.post("/user_identities/enrollment_automations/launch", json = {
        "user_identity_id": jane_user.user_identity_id,
        "create_credential_manager_user": True,
        "credential_manager_acs_system_id": latch_credential_manager.acs_system_id,
    })
    body = launched.json() if hasattr(launched, "json") else launched
    assert body["enrollment_automation"]["user_identity_id"] == jane_user.user_identity_id, body
    # Step 4:
    building_a_resident = seam.acs.users.create(
        user_identity_id = jane_user.user_identity_id,
        acs_system_id = building_a.acs_system_id,
        full_name = "Jane Doe",
        email_address = "jane@example.com"
    )
    # Step 5:
    mobile_key = seam.acs.credentials.create(
        acs_user_id = building_a_resident.acs_user_id,
        is_multi_phone_sync_credential = True,
        access_method = "mobile_key",
        allowed_acs_entrance_ids = [
            room_entrance.acs_entrance_id,
            common_door_entrance.acs_entrance_id
        ],
        starts_at = iso(now + datetime.timedelta(minutes=5)),
        ends_at = iso(now + datetime.timedelta(days=5))
    )
    print(mobile_key)
    assert mobile_key.access_method == "mobile_key"
    assert mobile_key.code is not None and len(mobile_key.code) == 7
    listed = seam.acs.credentials.list_accessible_entrances(
        acs_credential_id = mobile_key.acs_credential_id
    )
    assert {e.acs_entrance_id for e in listed} == {room_entrance.acs_entrance_id, common_door_entrance.acs_entrance_id}, listed

    # The SDK's other styles: a query-string list with pagination, a DELETE, and an error.
    users = seam.acs.users.list(acs_system_id = building_a.acs_system_id, limit = 5)
    pagination = users.pagination if isinstance(users.pagination, dict) else vars(users.pagination)
    assert len(users) == 5 and pagination["has_next_page"], pagination
    fetched = seam.acs.credentials.get(acs_credential_id = mobile_key.acs_credential_id)
    assert fetched.acs_user_id == building_a_resident.acs_user_id
    try:
        seam.acs.credentials.create(acs_user_id = building_a_resident.acs_user_id, access_method = "code",
                                    allowed_acs_entrance_ids = [room_entrance.acs_entrance_id], code = "1234567")
        raise SystemExit("a client-supplied code was accepted")
    except Exception as error:
        assert "code" in str(error), error
    seam.acs.credentials.delete(acs_credential_id = mobile_key.acs_credential_id)
    print("GUIDE FLOW OK")
    """#
}

/// Python, venv or PyPI out of reach, under `CI=true`.
struct ConformanceUnavailable: Error { var reason: String }
