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

    /// An access system with the connected account (Latch login) it comes from.
    mutating func system(name: String, timeZone: String, createdAt: Int64, manager: Bool = false, compatibleWith: String? = nil,
                         accountEmail: String? = nil) throws -> String {
        let id = nextID()
        let accountID = nextID()
        try db.cachedStatement(sql: "INSERT INTO connected_accounts (id, display_name, account_email, created_at) VALUES (?, ?, ?, ?)")
            .execute(arguments: [accountID, manager ? "\(name) (credential service)" : "\(name) (Latch)", accountEmail, createdAt])
        try db.cachedStatement(sql: """
            INSERT INTO acs_systems (id, name, external_type, is_credential_manager, time_zone, connected_account_id,
            default_credential_manager_id, compatible_with_acs_system_id, created_at) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?)
            """).execute(arguments: [id, name, manager ? "assa_abloy_credential_service" : "latch_building", manager, timeZone, accountID, compatibleWith, createdAt])
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

    /// A phone of the identity (issued copies of its keys are added with `phoneCopy`).
    mutating func phone(identity: String, ios: Bool, model: String, createdAt: Int64) throws -> String {
        let id = nextID()
        try db.cachedStatement(sql: """
            INSERT INTO phones (id, user_identity_id, device_type, manufacturer, model, os_version, custom_sdk_installation_id, created_at)
            VALUES (?, ?, ?, ?, ?, ?, NULL, ?)
            """).execute(arguments: [id, identity, ios ? "ios_phone" : "android_phone", ios ? "Apple" : "Google", model, ios ? "17.5" : "14", createdAt])
        return id
    }

    /// An issued copy of the multi-phone-sync key `parent` on `phone`.
    mutating func phoneCopy(parent: String, phone: String, createdAt: Int64) throws {
        guard let parentRow = try Row.fetchOne(db, sql: "SELECT * FROM acs_credentials WHERE id = ?", arguments: [parent]),
              let phoneRow = try Row.fetchOne(db, sql: "SELECT * FROM phones WHERE id = ?", arguments: [phone]) else { return }
        try PhoneCopies.insertChild(db, parent: parentRow, phone: phoneRow, now: createdAt, dueAt: createdAt + 2000)
        try db.execute(sql: "UPDATE acs_credentials SET is_issued = 1, issued_at = issue_due_at WHERE parent_acs_credential_id = ? AND phone_id = ?",
                       arguments: [parent, phone])
    }

    /// A problem from `ProblemCatalog` on a resource.
    func problem(_ resource: ProblemResource, _ id: String, _ code: String, at: Int64) throws {
        let entry = ProblemCatalog.entry(resource, code)!
        try Problems.add(db, resourceID: id, code: code, isError: entry.isError, message: entry.message, now: at)
    }

    mutating func automation(identity: String, manager: String, createdAt: Int64) throws {
        try db.cachedStatement(sql: "INSERT INTO enrollment_automations (id, user_identity_id, credential_manager_acs_system_id, created_at) VALUES (?, ?, ?, ?)")
            .execute(arguments: [nextID(), identity, manager, createdAt])
    }

    func event(_ type: String, at: Int64, ids: EventLog.IDs, description: String) throws {
        try EventLog.record(db, type: type, now: at, description: description, ids: ids)
    }
}
