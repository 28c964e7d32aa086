public import ConsoleCore

/// What a resident with a user identity holds in two buildings, for move-out tests: an ACS user
/// and a mobile key and a PIN in the first, an ACS user and two mobile keys in the second.
public func sampleMoveOutPlan(buildings first: String, _ second: String) -> MoveOutPlan {
    MoveOutPlan(
        person: MoveOutPerson(name: "Jane Doe", email: "jane@example.com", identityID: "id1", acsUserID: nil),
        users: [MoveOutUser(id: "u1", name: "Jane Doe", systemID: first), MoveOutUser(id: "u2", name: "Jane Doe", systemID: second)],
        credentials: [
            MoveOutCredential(id: "c1", method: "mobile key", name: "Multi Phone Sync Credential", systemID: first, endsAt: nil),
            MoveOutCredential(id: "c2", method: "PIN", name: "Main Lobby", systemID: first, endsAt: nil),
            MoveOutCredential(id: "c3", method: "mobile key", name: "Multi Phone Sync Credential", systemID: second, endsAt: nil),
            MoveOutCredential(id: "c4", method: "mobile key", name: "Multi Phone Sync Credential", systemID: second, endsAt: nil),
        ],
        identityExists: true)
}
