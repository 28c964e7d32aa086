import Foundation

/// The contents of config.toml: the saved profiles, which one applies by default, and (in the
/// service account's configuration) the staff roster. A missing file is an empty config
/// (keydesk then runs its embedded sandbox).
public struct KeydeskConfig: Sendable, Equatable {
    /// The profile used when `--profile` is not given and no key comes from the environment.
    public var defaultProfile: String?
    /// Profiles by name.
    public var profiles: [String: Profile]
    /// The staff roster by login (`[staff.LOGIN]`); empty outside a service configuration.
    public var staff: [String: StaffMember]
    /// The file this config was read (or would have been read) from; nil for a config built in code.
    public var sourcePath: String?
    /// The `[audit]` table: a PostgreSQL trail shared by several hosts.
    public var audit: AuditSettings?

    public init(defaultProfile: String? = nil, profiles: [String: Profile] = [:], staff: [String: StaffMember] = [:],
                sourcePath: String? = nil, audit: AuditSettings? = nil) {
        self.defaultProfile = defaultProfile
        self.profiles = profiles
        self.staff = staff
        self.sourcePath = sourcePath
        self.audit = audit
    }

    /// The top-level keys config.toml may hold.
    public static let knownKeys = ["default_profile", "profiles", "staff", "audit"]

    /// Profile names in sorted order, for messages and pickers.
    public var profileNames: [String] { profiles.keys.sorted() }

    /// Whether any profile stores a key in the file itself (`api_key`), which makes the file secret.
    public var holdsAPIKey: Bool { profiles.values.contains { $0.apiKey != nil } }

    /// The profile called `name`, or an error that lists the known ones.
    public func profile(named name: String) throws(ConfigError) -> Profile {
        if let profile = profiles[name] { return profile }
        let known = profileNames.isEmpty
            ? "no profiles are defined" + (sourcePath.map { path in
                " in \(path)" + (FileManager.default.fileExists(atPath: path) ? "" : " (the file does not exist)")
            } ?? "")
            : "known profiles: " + profileNames.joined(separator: ", ")
        throw ConfigError(.unknownProfile, "unknown profile '\(name)'; \(known)")
    }
}
