import GRDB

/// A change Seam has accepted but is still pushing to the lock system (the README, "What keydesk shows for Seam's 2026 states"): a
/// deletion, a suspension, new dates. While it is pending the resource says so (a
/// `pending_mutations` entry, a `being_deleted` warning, `is_latest_desired_state_synced_with_provider:
/// false`); when it is due, `ChangeApplier` applies it. Rows live in `pending_changes`.
struct PendingChange: Sendable {
    /// What is pending; deletions remove the resource when due, the rest only end the pending state.
    enum Kind: String, Sendable {
        /// The resource disappears when due (`being_deleted` meanwhile).
        case deleting
        case updatingSuspensionState = "updating_suspension_state"
        case updatingAccessSchedule = "updating_access_schedule"
        case updatingUserInformation = "updating_user_information"
        /// A credential's new dates, not yet synced with the provider.
        case updatingDates = "updating_dates"
        /// An access grant's or access method's new times.
        case updatingAccessTimes = "updating_access_times"
    }

    var resource: ProblemResource
    var resourceID: String
    var kind: Kind
    /// The `pending_mutations[]` entry shown meanwhile, where the resource has that field.
    var mutation: JSONValue?
    var createdAt: Int64
    var dueAt: Int64

    init(resource: ProblemResource, resourceID: String, kind: Kind, mutation: JSONValue? = nil,
         createdAt: Int64, dueAt: Int64) {
        self.resource = resource
        self.resourceID = resourceID
        self.kind = kind
        self.mutation = mutation
        self.createdAt = createdAt
        self.dueAt = dueAt
    }

    init?(row: Row) {
        guard let resource = ProblemResource(rawValue: row["resource_type"]), let kind = Kind(rawValue: row["kind"]) else { return nil }
        self.resource = resource
        resourceID = row["resource_id"]
        self.kind = kind
        mutation = (row["mutation"] as String?).flatMap { try? JSONParser.parse(Array($0.utf8)) }
        createdAt = row["created_at"]
        dueAt = row["due_at"]
    }

    /// A `pending_mutations[]` entry: `created_at`, `message`, `mutation_code` and `from`/`to`.
    static func mutation(_ code: String, message: String, createdAt: Int64, from: JSONValue? = nil, to: JSONValue? = nil,
                         extra: [(String, JSONValue)] = []) -> JSONValue {
        var members: [(String, JSONValue)] = [("created_at", .timestamp(createdAt))]
        if let from { members.append(("from", from)) }
        members.append(("message", .string(message)))
        members.append(("mutation_code", .string(code)))
        if let to { members.append(("to", to)) }
        return .object((members + extra).sorted { $0.0 < $1.0 })
    }
}
