import Foundation

/// Shares one copy of strings that repeat across many rows (a building's id, a credential's
/// display name such as "Multi Phone Sync Credential"), so 100,000 rows do not hold 100,000
/// copies of the same ten values.
public final class StringInterner: @unchecked Sendable {
    private let lock = NSLock()
    private var table: Set<String> = []

    public init() {}

    /// The shared copy of `value`.
    public func intern(_ value: String) -> String {
        lock.withLock {
            if let existing = table.firstIndex(of: value) { return table[existing] }
            table.insert(value)
            return value
        }
    }
}
