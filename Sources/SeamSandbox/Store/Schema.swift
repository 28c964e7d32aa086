import GRDB

/// The SQLite schema, as GRDB migrations. Times are integer milliseconds since the epoch.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
            CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE acs_systems (
                id TEXT PRIMARY KEY, name TEXT NOT NULL, external_type TEXT NOT NULL,
                is_credential_manager INTEGER NOT NULL, time_zone TEXT, connected_account_id TEXT NOT NULL,
                default_credential_manager_id TEXT, compatible_with_acs_system_id TEXT, created_at INTEGER NOT NULL);
            CREATE TABLE acs_entrances (
                id TEXT PRIMARY KEY, acs_system_id TEXT NOT NULL, display_name TEXT NOT NULL,
                door_type TEXT NOT NULL, accessibility_type TEXT NOT NULL, is_connected INTEGER NOT NULL,
                created_at INTEGER NOT NULL);
            CREATE INDEX acs_entrances_by_system ON acs_entrances(acs_system_id, created_at, id);
            CREATE INDEX acs_entrances_by_created ON acs_entrances(created_at, id);
            CREATE TABLE user_identities (
                id TEXT PRIMARY KEY, user_identity_key TEXT UNIQUE, email_address TEXT UNIQUE COLLATE NOCASE,
                phone_number TEXT UNIQUE, full_name TEXT, created_at INTEGER NOT NULL);
            CREATE INDEX user_identities_by_created ON user_identities(created_at, id);
            CREATE TABLE acs_users (
                id TEXT PRIMARY KEY, acs_system_id TEXT NOT NULL, user_identity_id TEXT,
                full_name TEXT NOT NULL, email_address TEXT, phone_number TEXT,
                is_suspended INTEGER NOT NULL DEFAULT 0, access_starts_at INTEGER, access_ends_at INTEGER,
                is_latch_resident INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL,
                UNIQUE (user_identity_id, acs_system_id));
            CREATE INDEX acs_users_by_system ON acs_users(acs_system_id, created_at, id);
            CREATE INDEX acs_users_by_created ON acs_users(created_at, id);
            CREATE TABLE acs_credentials (
                id TEXT PRIMARY KEY, acs_system_id TEXT NOT NULL, acs_user_id TEXT,
                access_method TEXT NOT NULL, code TEXT, display_name TEXT NOT NULL,
                is_multi_phone_sync INTEGER NOT NULL, credential_manager_acs_system_id TEXT,
                starts_at INTEGER, ends_at INTEGER, is_issued INTEGER NOT NULL, issued_at INTEGER,
                issue_due_at INTEGER NOT NULL, created_at INTEGER NOT NULL);
            CREATE INDEX acs_credentials_by_system ON acs_credentials(acs_system_id, created_at, id);
            CREATE INDEX acs_credentials_by_user ON acs_credentials(acs_user_id, created_at, id);
            CREATE INDEX acs_credentials_by_created ON acs_credentials(created_at, id);
            CREATE INDEX acs_credentials_pending ON acs_credentials(issue_due_at) WHERE is_issued = 0;
            CREATE TABLE credential_entrances (
                acs_credential_id TEXT NOT NULL, acs_entrance_id TEXT NOT NULL,
                PRIMARY KEY (acs_credential_id, acs_entrance_id)) WITHOUT ROWID;
            CREATE INDEX credential_entrances_by_entrance ON credential_entrances(acs_entrance_id);
            CREATE TABLE enrollment_automations (
                id TEXT PRIMARY KEY, user_identity_id TEXT NOT NULL, credential_manager_acs_system_id TEXT NOT NULL,
                created_at INTEGER NOT NULL, UNIQUE (user_identity_id, credential_manager_acs_system_id));
            CREATE TABLE events (
                seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, event_type TEXT NOT NULL,
                created_at INTEGER NOT NULL, occurred_at INTEGER NOT NULL, description TEXT NOT NULL,
                acs_system_id TEXT, acs_user_id TEXT, acs_credential_id TEXT, acs_entrance_id TEXT,
                user_identity_id TEXT, enrollment_automation_id TEXT, connected_account_id TEXT);
            CREATE INDEX events_by_created ON events(created_at, seq);
            CREATE TABLE action_attempts (
                id TEXT PRIMARY KEY, action_type TEXT NOT NULL, status TEXT NOT NULL,
                error_type TEXT, error_message TEXT, created_at INTEGER NOT NULL);
            """)
        }
        migrator.registerMigration("v2", migrate: SchemaV2.migrate)
        return migrator
    }
}
