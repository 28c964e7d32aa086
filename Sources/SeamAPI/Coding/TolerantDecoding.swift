/// Seam's SDKs read `errors`, `warnings`, `pending_mutations`, id lists and the lists of a `batch`
/// as `[]` when they are absent or null. This overload is more specific than the generic
/// `decode(_:forKey:)`, so the synthesized `init(from:)` of every model in this module picks it up
/// for every array property.
extension KeyedDecodingContainer {
    func decode<Element: Decodable>(_ type: [Element].Type, forKey key: Key) throws -> [Element] {
        try decodeIfPresent(type, forKey: key) ?? []
    }
}
