import Foundation

/// The `:audit` pane: the newest entries of the audit log, narrowed by a filter typed into
/// it. Read-only: nothing in the console edits or deletes entries.
public struct AuditPaneState: Sendable, Equatable {
    public enum Phase: Sendable, Equatable {
        case loading
        case loaded([AuditRecord])
        case failed(String)
    }

    /// Entries shown at most (newest first).
    public static let limit = 500

    public var filter = TextDraft()
    public var phase: Phase = .loading
    /// The first entry shown.
    public var scroll = 0
    /// Bumped by each query, so a late answer for an older filter is dropped.
    public private(set) var generation = 0

    public init() {}

    /// Starts a query for the current filter; returns its generation.
    public mutating func beginQuery() -> Int {
        generation += 1
        return generation
    }

    public var records: [AuditRecord] {
        if case .loaded(let records) = phase { return records }
        return []
    }
}
