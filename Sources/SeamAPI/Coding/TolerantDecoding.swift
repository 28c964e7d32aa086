/// Seam's SDKs read `errors`, `warnings`, `pending_mutations` and id lists as `[]` when they are
/// absent or null. These overloads are more specific than the generic `decode(_:forKey:)`, so the
/// synthesized `init(from:)` of every model in this module picks them up for these array types.
extension KeyedDecodingContainer {
    func decode(_ type: [ResourceError].Type, forKey key: Key) throws -> [ResourceError] {
        try decodeIfPresent(type, forKey: key) ?? []
    }

    func decode(_ type: [ResourceWarning].Type, forKey key: Key) throws -> [ResourceWarning] {
        try decodeIfPresent(type, forKey: key) ?? []
    }

    func decode(_ type: [PendingMutation].Type, forKey key: Key) throws -> [PendingMutation] {
        try decodeIfPresent(type, forKey: key) ?? []
    }

    func decode(_ type: [String].Type, forKey key: Key) throws -> [String] {
        try decodeIfPresent(type, forKey: key) ?? []
    }
}
