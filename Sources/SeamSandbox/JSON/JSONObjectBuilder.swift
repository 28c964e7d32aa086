/// The pairs of a JSON object being parsed, in order. A repeated key keeps its first place and
/// takes the last value. Past a few keys they are found through a dictionary: a scan of the
/// earlier keys for every new one made a 1 MiB body of 87,000 keys cost billions of comparisons.
struct JSONObjectBuilder {
    /// Up to this many keys a scan is cheaper than hashing.
    static let scanLimit = 16

    private(set) var pairs: [(String, JSONValue)] = []
    private var positions: [String: Int] = [:]

    mutating func set(_ key: String, _ value: JSONValue) {
        if pairs.count < Self.scanLimit {
            if let existing = pairs.firstIndex(where: { $0.0 == key }) {
                pairs[existing].1 = value
            } else {
                pairs.append((key, value))
            }
            return
        }
        if positions.isEmpty {
            for (position, pair) in pairs.enumerated() { positions[pair.0] = position }
        }
        if let existing = positions[key] {
            pairs[existing].1 = value
        } else {
            positions[key] = pairs.count
            pairs.append((key, value))
        }
    }
}
