import GRDB
@testable import SeamSandbox

/// States of the world the demo seed does not have, made in the sandbox's own store.
extension RunningSandbox {
    /// Makes the building's credential managers incompatible with it, as in a building whose
    /// Latch mobile access was never connected: mobile keys cannot be issued there.
    func disconnectCredentialManagers(fromBuilding systemID: String) async throws {
        try await store.write { db in
            try db.execute(sql: "UPDATE acs_systems SET compatible_with_acs_system_id = NULL WHERE compatible_with_acs_system_id = ?",
                           arguments: [systemID])
            try db.execute(sql: "UPDATE acs_systems SET default_credential_manager_id = NULL WHERE id = ?", arguments: [systemID])
        }
    }
}
