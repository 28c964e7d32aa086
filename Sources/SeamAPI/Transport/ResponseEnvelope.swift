import Foundation

/// A coding key made from any string: the response key of a route (`acs_user`, `acs_credentials`).
struct AnyCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

extension CodingUserInfoKey {
    /// The key of the resource in a success envelope, set per request.
    static let seamResponseKey = CodingUserInfoKey(rawValue: "keydesk.seamResponseKey")!
}

/// A success envelope `{"<key>": …, "pagination"?: …, "ok": true}`; unknown keys are ignored.
struct ResponseEnvelope<Value: Decodable>: Decodable {
    var value: Value?
    var pagination: Pagination?

    init(from decoder: any Decoder) throws {
        let key = decoder.userInfo[.seamResponseKey] as? String ?? ""
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        value = try container.decodeIfPresent(Value.self, forKey: AnyCodingKey(key))
        pagination = try container.decodeIfPresent(Pagination.self, forKey: AnyCodingKey("pagination"))
    }
}

extension SeamJSON {
    /// Decodes a list response body (`{"<key>": [...], "pagination": {...}, "ok": true}`) the way
    /// the client does; for fixtures, caches and benchmarks. Pre-specialised for the big list
    /// models, so that callers in other modules do not decode through unspecialised generics.
    @_specialize(exported: true, where Item == AcsCredential)
    @_specialize(exported: true, where Item == AcsUser)
    @_specialize(exported: true, where Item == AcsEntrance)
    @_specialize(exported: true, where Item == UserIdentity)
    public static func decodePage<Item: Decodable & Sendable>(
        _ body: Data, key: String, as type: Item.Type = Item.self
    ) throws -> Page<Item> {
        let envelope: ResponseEnvelope<[Item]> = try SeamTransport.decodeEnvelope(
            body, key: key, path: "", baseURL: "")
        guard let items = envelope.value else {
            throw SeamAPIError(kind: .invalidResponse, message: "expected \"\(key)\"", endpoint: "")
        }
        return Page(items: items, pagination: envelope.pagination)
    }
}
