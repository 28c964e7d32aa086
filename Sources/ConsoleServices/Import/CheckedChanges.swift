import ConsoleCore
import Foundation
import SeamAPI

/// How the import talks to Seam: every change through the audit (`ChangeAuditing`), every call
/// held back while Seam rate-limits (`RequestGate`), and no create ever repeated blindly. A 429
/// means the request was refused, so it is sent again after `Retry-After`; a timeout, a lost
/// connection or a 5xx may or may not have been acted on, so what it would have made is looked
/// up first and the create is sent again only when nothing is found.
struct CheckedChanges: Sendable {
    let changes: any ChangeAuditing
    let gate: RequestGate
    /// Attempts per call before its error is given up to the row.
    static let maxAttempts = 6

    /// What a create came to.
    enum Outcome<Value: Sendable>: Sendable {
        /// Made now.
        case created(Value, auditProblem: String?)
        /// An attempt whose answer was lost had made it.
        case confirmed(Value)
        /// It was there before (Seam said so: `conflicts`).
        case existed(Value)
    }

    /// A read, sent again while Seam rate-limits (beyond the client's own two retries).
    func read<Value: Sendable>(_ call: @Sendable () async throws -> Value) async throws -> Value {
        var attempts = 0
        while true {
            try await gate.waitIfPaused()
            do {
                return try await call()
            } catch let error as SeamAPIError where error.kind == .rateLimited && attempts < Self.maxAttempts {
                attempts += 1
                await gate.pause(for: error.retryAfter ?? .seconds(1))
            }
        }
    }

    /// A create. `lookup` finds what it would make; `conflicts` are the error types with which
    /// Seam says the thing exists already (then `lookup` finds it).
    func create<Value: Sendable>(
        _ action: String, resourceIDs: [String], createdID: @escaping @Sendable (Value) -> String?,
        conflicts: Set<String> = [], lookup: @escaping @Sendable () async throws -> Value?,
        _ call: @escaping @Sendable () async throws -> Value
    ) async throws -> Outcome<Value> {
        var attempts = 0
        var uncertain = false
        while true {
            try await gate.waitIfPaused()
            do {
                let made = try await changes.audited(action, resourceIDs: resourceIDs, createdID: createdID, call)
                return .created(made.value, auditProblem: made.auditProblem)
            } catch let error as SeamAPIError {
                attempts += 1
                if let type = error.type, conflicts.contains(type), let found = try await read(lookup) {
                    return uncertain ? .confirmed(found) : .existed(found)
                }
                guard attempts < Self.maxAttempts else { throw error }
                if error.kind == .rateLimited {
                    await gate.pause(for: error.retryAfter ?? .seconds(1))
                } else if Self.mayHaveActed(error) {
                    uncertain = true
                    if let found = try await read(lookup) { return .confirmed(found) }
                    try await Task.sleep(for: .milliseconds(200 * attempts))
                } else {
                    throw error
                }
            }
        }
    }

    /// Whether Seam may have made the change although no answer said so.
    static func mayHaveActed(_ error: SeamAPIError) -> Bool {
        switch error.kind {
        case .timeout, .unreachable, .invalidResponse: true
        case .api: (error.status ?? 0) >= 500
        default: false
        }
    }
}
