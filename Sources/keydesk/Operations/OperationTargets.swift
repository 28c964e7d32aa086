import ConsoleCore
import SeamAPI

/// The console's operation for an id typed on the command line, with the names the audit log
/// and the output give it, read from Seam first.
enum OperationTargets {
    static func revoke(_ client: SeamClient, _ id: String) async throws -> ConsoleOperation {
        let credential = try await client.acs.credentials.get(acsCredentialId: id)
        return .revokeCredential(CredentialTarget(id: id, name: credential.displayName,
                                                  method: CredentialRow.methodName(credential.accessMethod),
                                                  startsAt: credential.startsAt, endsAt: credential.endsAt))
    }

    static func user(_ client: SeamClient, _ id: String) async throws -> UserTarget {
        let user = try await client.acs.users.get(.acsUserId(id))
        return UserTarget(id: id, name: user.fullName ?? user.displayName, email: user.emailAddress ?? user.email ?? "")
    }
}
