import Foundation
import SeamAPI
import Testing

/// Routes added for Seam as it is in 2026 (connected accounts, phones, revoking, listing action
/// attempts, event filters for Access Grants): the request each sends and the answer it decodes,
/// against a loopback server.
@Suite struct Seam2026RouteTests {
    static let ok = #"{"ok": true}"#
    static let lastPage = #"{"has_next_page": false, "next_page_cursor": null, "next_page_url": null}"#

    @Test func connectedAccountsGetByIdOrEmailAndList() async throws {
        let one = Fixtures.envelope("connected_account", Fixtures.connectedAccount)
        let page = Fixtures.envelope("connected_accounts", "[\(Fixtures.connectedAccount)]", pagination: Self.lastPage)
        let (requests, result) = try await exchange(answering: one, one, page) { client in
            let byId = try await client.connectedAccounts.get(connectedAccountId: "ca-1")
            let byEmail = try await client.connectedAccounts.get(email: "ops@elm.example")
            let all = try await client.connectedAccounts.paginate(ConnectedAccountListParameters(search: "Elm")).collectAll()
            return [byId] + [byEmail] + all
        }
        #expect(requests.map(\.line) == [
            "GET /connected_accounts/get?connected_account_id=ca-1&_strict=true",
            "GET /connected_accounts/get?email=ops%40elm.example&_strict=true",
            "GET /connected_accounts/list?search=Elm&_strict=true",
        ])
        #expect(result.map(\.id) == ["ca-1", "ca-1", "ca-1"])
    }

    @Test func phonesListGetDeactivateAndSimulate() async throws {
        let list = Fixtures.envelope("phones", "[\(Fixtures.phone)]")
        let one = Fixtures.envelope("phone", Fixtures.phone)
        let (requests, result) = try await exchange(answering: list, one, Self.ok, one) { client in
            let phones = try await client.phones.list(ownerUserIdentityId: "ui-1")
            let phone = try await client.phones.get(deviceId: "ph-1")
            try await client.phones.deactivate(deviceId: "ph-1")
            let simulated = try await client.phones.simulate.createSandboxPhone(
                userIdentityId: "ui-1", phoneMetadata: SandboxPhoneMetadata(operatingSystem: "ios", osVersion: "18"))
            return phones + [phone, simulated]
        }
        #expect(requests.map(\.line) == [
            "GET /phones/list?owner_user_identity_id=ui-1&_strict=true",
            "GET /phones/get?device_id=ph-1&_strict=true",
            "DELETE /phones/deactivate?device_id=ph-1&_strict=true",
            "POST /phones/simulate/create_sandbox_phone",
        ])
        #expect(requests[3].body == #"{"phone_metadata":{"operating_system":"ios","os_version":"18"},"user_identity_id":"ui-1"}"#)
        #expect(result.map(\.deviceType) == [.iosPhone, .iosPhone, .iosPhone])
    }

    @Test func revokeAccessToAllEntrancesPostsTheUser() async throws {
        let (requests, _) = try await exchange(answering: Self.ok) { client in
            try await client.acs.users.revokeAccessToAllEntrances(.acsUserId("u-1"))
            try await client.acs.users.revokeAccessToAllEntrances(.userIdentity(userIdentityId: "ui-1", acsSystemId: "s-1"))
        }
        #expect(requests.map(\.line) == [
            "POST /acs/users/revoke_access_to_all_entrances", "POST /acs/users/revoke_access_to_all_entrances",
        ])
        #expect(requests.map(\.body) == [#"{"acs_user_id":"u-1"}"#, #"{"acs_system_id":"s-1","user_identity_id":"ui-1"}"#])
    }

    @Test func actionAttemptsListPaginates() async throws {
        let attempt = Fixtures.actionAttempt(status: "success", result: "{}")
        let first = Fixtures.envelope("action_attempts", "[\(attempt)]",
                                      pagination: #"{"has_next_page": true, "next_page_cursor": "n2", "next_page_url": null}"#)
        let last = Fixtures.envelope("action_attempts", "[\(attempt)]", pagination: Self.lastPage)
        let (requests, attempts) = try await exchange(answering: first, last) { client in
            try await client.actionAttempts.paginate(ActionAttemptListParameters(actionAttemptIds: ["aa-1", "aa-2"]))
                .collectAll()
        }
        #expect(requests.map(\.line) == [
            "GET /action_attempts/list?action_attempt_ids=aa-1&action_attempt_ids=aa-2&_strict=true",
            "GET /action_attempts/list?action_attempt_ids=aa-1&action_attempt_ids=aa-2&page_cursor=n2&_strict=true",
        ])
        #expect(attempts.map(\.status) == [.success, .success])
    }

    @Test func eventsFilterByAccessGrantsAndMethods() async throws {
        let since = try #require(SeamDate.parse("2026-03-01T00:00:00Z"))
        let (requests, _) = try await exchange(answering: Fixtures.envelope("events", "[]")) { client in
            try await client.events.list(EventListParameters(
                window: .since(since), acsSystemId: "s-1", acsEntranceId: "e-1", userIdentityId: "ui-1",
                accessGrantId: "g-1", accessMethodIds: ["am-1", "am-2"],
                eventTypes: [.accessGrantCreated, .accessMethodIssued]))
        }
        #expect(requests.map(\.line) == [
            "GET /events/list?access_grant_id=g-1&access_method_ids=am-1&access_method_ids=am-2&acs_entrance_id=e-1"
                + "&acs_system_id=s-1&event_types=access_grant.created&event_types=access_method.issued"
                + "&since=2026-03-01T00%3A00%3A00.000Z&user_identity_id=ui-1&_strict=true",
        ])
    }

    @Test func entrancesOfAnAccessMethodAndOfAUserIdentity() async throws {
        let page = Fixtures.envelope("acs_entrances", "[\(Fixtures.entrance)]", pagination: Self.lastPage)
        let (requests, result) = try await exchange(answering: page) { client in
            let ofMethod = try await client.acs.entrances.list(AcsEntranceListParameters(accessMethodId: "am-1"))
            let ofPerson = try await client.userIdentities.listAccessibleEntrances(userIdentityId: "ui-1")
            return ofMethod.items + ofPerson
        }
        #expect(requests.map(\.line) == [
            "GET /acs/entrances/list?access_method_id=am-1&_strict=true",
            "GET /user_identities/list_accessible_entrances?user_identity_id=ui-1&_strict=true",
        ])
        #expect(result.map(\.id) == ["ent-1", "ent-1"])
    }
}
