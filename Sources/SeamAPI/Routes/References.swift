/// Names an ACS user the two ways Seam accepts: by its id, or as "this identity's user in that
/// system" (`user_identity_id` + `acs_system_id`).
public enum AcsUserReference: Sendable, Equatable {
    case acsUserId(String)
    case userIdentity(userIdentityId: String, acsSystemId: String)

    func add(to parameters: inout RequestParameters) {
        switch self {
        case .acsUserId(let id):
            parameters.set("acs_user_id", id)
        case .userIdentity(let identity, let system):
            parameters.set("user_identity_id", identity)
            parameters.set("acs_system_id", system)
        }
    }
}

/// Who a credential is assigned to or unassigned from (`acs_user_id` or `user_identity_id`).
public enum CredentialHolder: Sendable, Equatable {
    case acsUserId(String)
    case userIdentityId(String)

    func add(to parameters: inout RequestParameters) {
        switch self {
        case .acsUserId(let id): parameters.set("acs_user_id", id)
        case .userIdentityId(let id): parameters.set("user_identity_id", id)
        }
    }
}

extension AccessSchedule {
    var parameterValue: ParameterValue {
        var members: [String: ParameterValue] = [:]
        if let startsAt { members["starts_at"] = .date(startsAt) }
        if let endsAt { members["ends_at"] = .date(endsAt) }
        return .object(members)
    }
}
