import Foundation
import Testing
@testable import SeamAPI

@Suite struct QueryEncodingTests {
    @Test func matchesTheRequestThePythonSDKSends() {
        // Observed from the Python SDK 3.18 (reference §5.3).
        let parameters = AcsUserListParameters(acsSystemId: "sys1", userIdentityEmailAddress: .null, limit: 10)
        #expect(parameters.requestParameters.queryString
            == "acs_system_id=sys1&limit=10&user_identity_email_address=&_strict=true")
    }

    @Test func emptyParametersGiveNoQueryAndNoStrict() {
        #expect(RequestParameters().queryString == "")
    }

    @Test func arraysRepeatKeysAndEmptyArraysAreBare() {
        var parameters = RequestParameters()
        parameters.set("event_types", ["acs_user.created", "acs_credential.issued"])
        parameters.set("acs_entrance_ids", [String]())
        #expect(parameters.queryString
            == "acs_entrance_ids=&event_types=acs_user.created&event_types=acs_credential.issued&_strict=true")
    }

    @Test func booleansDatesAndEmptyStrings() throws {
        var parameters = RequestParameters()
        parameters.set("is_multi_phone_sync_credential", true)
        parameters.set("search", "")
        parameters.set("created_before", try #require(SeamDate.parse("2026-01-02T03:04:05.678912Z")))
        #expect(parameters.queryString
            == "created_before=2026-01-02T03%3A04%3A05.678Z&is_multi_phone_sync_credential=true&_strict=true")
    }

    @Test func formEncodingOfSpacesAndReservedCharacters() {
        var parameters = RequestParameters()
        parameters.set("search", "Ada Lovelace+co/é*-._~")
        #expect(parameters.queryString == "search=Ada+Lovelace%2Bco%2F%C3%A9*-._%7E&_strict=true")
    }

    @Test func nestedObjectsFlattenWithDots() {
        var parameters = RequestParameters()
        parameters["access_schedule"] = .object(["starts_at": .string("a"), "ends_at": .null])
        #expect(parameters.queryString == "access_schedule.ends_at=&access_schedule.starts_at=a&_strict=true")
    }

    @Test func eventWindowBetweenIsTwoRepeatedKeys() throws {
        let from = try #require(SeamDate.parse("2026-01-01T00:00:00Z"))
        let to = try #require(SeamDate.parse("2026-01-02T00:00:00Z"))
        let parameters = EventListParameters(window: .between(from, to), eventTypes: [.acsUserCreated])
        #expect(parameters.requestParameters.queryString
            == "between=2026-01-01T00%3A00%3A00.000Z&between=2026-01-02T00%3A00%3A00.000Z"
            + "&event_types=acs_user.created&_strict=true")
    }

    @Test func jsonBodyHasSortedKeysOnlySetValuesAndExplicitNulls() throws {
        let create = AcsCredentialCreateParameters(
            owner: .acsUserId("u1"), accessMethod: .mobileKey, allowedAcsEntranceIds: ["e1", "e2"],
            startsAt: SeamDate.parse("2026-01-01T00:00:00Z"), isMultiPhoneSyncCredential: true)
        let body = String(decoding: try create.requestParameters.jsonBody(), as: UTF8.self)
        #expect(body == #"{"access_method":"mobile_key","acs_user_id":"u1","allowed_acs_entrance_ids":["e1","e2"],"#
            + #""is_multi_phone_sync_credential":true,"starts_at":"2026-01-01T00:00:00.000Z"}"#)

        var update = RequestParameters()
        update.set("user_identity_id", "ui1")
        update.set("phone_number", Nullable<String>.null)
        #expect(String(decoding: try update.jsonBody(), as: UTF8.self) == #"{"phone_number":null,"user_identity_id":"ui1"}"#)
    }

    @Test func userReferenceByIdentityCarriesTheSystem() {
        var parameters = RequestParameters()
        AcsUserReference.userIdentity(userIdentityId: "ui1", acsSystemId: "s1").add(to: &parameters)
        #expect(parameters.queryString == "acs_system_id=s1&user_identity_id=ui1&_strict=true")
    }
}
