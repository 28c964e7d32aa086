/// An error by which keydesk itself refuses a change before anything reaches Seam, because of
/// who is asking (a read-only member of staff, a resource outside their buildings). Its own
/// type so the audit log records such an attempt as `refused`, not as a `failed` call: a
/// manager reading the log sees that someone tried, and that keydesk stopped it.
public protocol StaffRefusal: Error {
    /// Why, in words for the log and the screen ("read-only staff may not change anything").
    var reason: String { get }
}

extension AuditRecorder {
    /// Writes the pair a refused change leaves: the attempt (what was asked, on what) and its
    /// `refused` outcome with `reason`. Used where keydesk refuses before any call is made (the
    /// console's read-only keys, a member of staff not on the roster). Returns the problem when
    /// a row could not be written.
    public func recordRefusal(_ action: String, resourceIDs: [String], detail: String? = nil, reason: String) async -> AuditLogError? {
        let attempt: AuditAttempt
        do {
            attempt = try await recordAttempt(action, resourceIDs: resourceIDs, detail: detail)
        } catch {
            return error.reason
        }
        return await recordFailure(of: attempt, RecordedRefusal(reason: reason))
    }
}

/// A refusal decided before the call, as `recordRefusal` hands it to the outcome row.
private struct RecordedRefusal: StaffRefusal {
    let reason: String
}
