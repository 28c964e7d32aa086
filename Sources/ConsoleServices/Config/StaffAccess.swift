/// What a member of staff gets when sudo starts keydesk as the service account: their roster
/// entry and the connection flags keydesk resolves with. It exists so that the decisions of
/// service mode (the README, "Deploying for staff over SSH") are made in one place, from the roster alone, and can be tested
/// without sudo: the endpoint, key and audit log are the service configuration's, never the
/// caller's; the profile is one the roster lists; read-only is the roster's or stricter.
public struct StaffAccess: Sendable, Equatable {
    public let member: StaffMember
    /// A profile of the roster entry, and read-only when the roster or the caller asks.
    public let flags: ConnectionFlags

    /// Decides what `session`'s staff member gets from `config` (the service configuration).
    /// `flags` and `otherOptions` (the names of other options given, like `--audit-log`) are
    /// what the caller asked for: `--read-only` is kept (it only takes away), `--profile` must
    /// name one of their profiles, and anything that would choose an endpoint, key, file or
    /// directory is refused, naming the option.
    public static func decide(
        for session: ServiceSession,
        config: KeydeskConfig,
        flags: ConnectionFlags,
        otherOptions: [String] = []
    ) throws(ConfigError) -> StaffAccess {
        let file = config.sourcePath ?? "the service configuration"
        let chosen = (flags.endpoint != nil ? ["--endpoint"] : []) + (flags.apiKey != nil ? ["--api-key"] : []) + otherOptions
        if let option = chosen.first {
            throw ConfigError(.refusedForStaff,
                              "\(option) is not available to staff: keydesk runs as \(session.serviceAccount) for \(session.staffLogin), "
                                  + "and takes its endpoint, key and files from \(file) alone")
        }
        if config.staff.isEmpty {
            throw ConfigError(.notOnStaffRoster,
                              "\(file) has no staff roster, so nobody may use keydesk as \(session.serviceAccount); "
                                  + "an administrator adds a [staff.\(session.staffLogin)] table with the profiles they may use")
        }
        guard let member = config.staff[session.staffLogin] else {
            throw ConfigError(.notOnStaffRoster,
                              "\(session.staffLogin) is not on the staff roster in \(file); "
                                  + "an administrator adds a [staff.\(session.staffLogin)] table with the profiles they may use")
        }
        guard let profile = flags.profile ?? member.profiles.first, member.profiles.contains(profile) else {
            throw ConfigError(.refusedForStaff,
                              "\(session.staffLogin) may not use profile '\(flags.profile ?? "")'; the roster in \(file) allows: "
                                  + (member.profiles.isEmpty ? "none" : member.profiles.joined(separator: ", ")))
        }
        return StaffAccess(member: member, flags: ConnectionFlags(profile: profile, readOnly: flags.readOnly || member.readOnly))
    }

    /// What this access connects to: its profile in `config` (the service configuration), with
    /// no environment at all, so no SEAM_* variable of the caller can change endpoint or key.
    public func connection(in config: KeydeskConfig) throws(ConfigError) -> ConsoleConnection {
        try ConnectionResolver.resolve(flags: flags, environment: [:], config: config)
    }
}
