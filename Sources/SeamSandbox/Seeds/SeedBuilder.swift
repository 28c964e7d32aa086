import GRDB

/// Fills a new database with one of the seeds. Deterministic: ids come from a fixed-seed
/// generator, names from fixed lists; only timestamps follow the clock.
struct SeedBuilder {
    let db: Database
    let seed: SandboxSeed
    let now: Int64
    var rng = SplitMix64(seed: 0x6B65_7964_6573_6B21)

    init(db: Database, seed: SandboxSeed, now: Int64) {
        self.db = db
        self.seed = seed
        self.now = now
    }

    mutating func build() throws {
        switch seed {
        case .empty: return
        case .demo: try DemoSeed.build(into: &self)
        case .large: try LargeSeed.build(into: &self)
        }
    }

    mutating func nextID() -> String { Identifiers.uuid(from: rng.next(), rng.next()) }

    mutating func pin() -> String {
        let digits = String(rng.next() % 10_000_000)
        return String(repeating: "0", count: 7 - digits.count) + digits
    }

    static let day: Int64 = 86_400_000

    // MARK: inserts (prepared once per statement text, reused through GRDB's cache)

    mutating func system(name: String, timeZone: String, createdAt: Int64, manager: Bool = false, compatibleWith: String? = nil) throws -> String {
        let id = nextID()
        try db.cachedStatement(sql: """
            INSERT INTO acs_systems (id, name, external_type, is_credential_manager, time_zone, connected_account_id,
            default_credential_manager_id, compatible_with_acs_system_id, created_at) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?)
            """).execute(arguments: [id, name, manager ? "assa_abloy_credential_service" : "latch_building", manager, timeZone, nextID(), compatibleWith, createdAt])
        return id
    }

    func setDefaultManager(building: String, manager: String) throws {
        try db.execute(sql: "UPDATE acs_systems SET default_credential_manager_id = ? WHERE id = ?", arguments: [manager, building])
    }

    mutating func entrance(system: String, name: String, doorType: String, accessibility: String, createdAt: Int64) throws -> String {
        let id = nextID()
        try db.cachedStatement(sql: """
            INSERT INTO acs_entrances (id, acs_system_id, display_name, door_type, accessibility_type, is_connected, created_at)
            VALUES (?, ?, ?, ?, ?, 1, ?)
            """).execute(arguments: [id, system, name, doorType, accessibility, createdAt])
        return id
    }

    mutating func identity(fullName: String, email: String, phone: String, createdAt: Int64) throws -> String {
        let id = nextID()
        try db.cachedStatement(sql: "INSERT INTO user_identities (id, user_identity_key, email_address, phone_number, full_name, created_at) VALUES (?, NULL, ?, ?, ?, ?)")
            .execute(arguments: [id, email, phone, fullName, createdAt])
        return id
    }

    mutating func user(system: String, identity: String?, fullName: String, email: String?, phone: String?, createdAt: Int64,
                       suspended: Bool = false, resident: Bool = false) throws -> String {
        let id = nextID()
        try db.cachedStatement(sql: """
            INSERT INTO acs_users (id, acs_system_id, user_identity_id, full_name, email_address, phone_number, is_suspended, is_latch_resident, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [id, system, identity, fullName, email, phone, suspended, resident, createdAt])
        return id
    }

    mutating func credential(system: String, user: String, method: String, entrances: [String], displayName: String,
                             startsAt: Int64, endsAt: Int64?, createdAt: Int64) throws -> String {
        let id = nextID()
        try db.cachedStatement(sql: """
            INSERT INTO acs_credentials (id, acs_system_id, acs_user_id, access_method, code, display_name, is_multi_phone_sync,
            credential_manager_acs_system_id, starts_at, ends_at, is_issued, issued_at, issue_due_at, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, 1, ?, ?, ?)
            """).execute(arguments: [id, system, user, method, pin(), displayName, method == "mobile_key", startsAt, endsAt, createdAt + 2000, createdAt + 2000, createdAt])
        let link = try db.cachedStatement(sql: "INSERT INTO credential_entrances (acs_credential_id, acs_entrance_id) VALUES (?, ?)")
        for entrance in entrances { try link.execute(arguments: [id, entrance]) }
        return id
    }

    mutating func automation(identity: String, manager: String, createdAt: Int64) throws {
        try db.cachedStatement(sql: "INSERT INTO enrollment_automations (id, user_identity_id, credential_manager_acs_system_id, created_at) VALUES (?, ?, ?, ?)")
            .execute(arguments: [nextID(), identity, manager, createdAt])
    }

    func event(_ type: String, at: Int64, ids: EventLog.IDs, description: String) throws {
        try EventLog.record(db, type: type, now: at, description: description, ids: ids)
    }
}
