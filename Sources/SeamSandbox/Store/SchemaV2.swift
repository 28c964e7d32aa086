import GRDB

/// The second migration: what Seam added since the 2024 guide (spec/seam-openapi.json): connected
/// accounts, phones and per-phone child credentials, problems (errors and warnings) stored per
/// resource, changes still on their way to the lock system, Access Grants and their access methods,
/// and the event columns those need.
enum SchemaV2 {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE connected_accounts (
                id TEXT PRIMARY KEY, display_name TEXT NOT NULL, account_email TEXT, created_at INTEGER NOT NULL);
            INSERT INTO connected_accounts (id, display_name, created_at)
                SELECT connected_account_id, MIN(name), MIN(created_at) FROM acs_systems GROUP BY connected_account_id;
            ALTER TABLE acs_credentials ADD COLUMN parent_acs_credential_id TEXT;
            ALTER TABLE acs_credentials ADD COLUMN phone_id TEXT;
            CREATE INDEX acs_credentials_by_parent ON acs_credentials(parent_acs_credential_id) WHERE parent_acs_credential_id IS NOT NULL;
            CREATE INDEX acs_credentials_by_phone ON acs_credentials(phone_id) WHERE phone_id IS NOT NULL;
            CREATE TABLE phones (
                id TEXT PRIMARY KEY, user_identity_id TEXT NOT NULL, device_type TEXT NOT NULL,
                manufacturer TEXT NOT NULL, model TEXT NOT NULL, os_version TEXT NOT NULL,
                custom_sdk_installation_id TEXT, created_at INTEGER NOT NULL);
            CREATE INDEX phones_by_identity ON phones(user_identity_id, created_at, id);
            CREATE TABLE problems (
                seq INTEGER PRIMARY KEY AUTOINCREMENT, resource_id TEXT NOT NULL, is_error INTEGER NOT NULL,
                code TEXT NOT NULL, json TEXT NOT NULL, created_at INTEGER NOT NULL);
            CREATE INDEX problems_by_resource ON problems(resource_id, is_error);
            CREATE TABLE pending_changes (
                id TEXT PRIMARY KEY, resource_type TEXT NOT NULL, resource_id TEXT NOT NULL, kind TEXT NOT NULL,
                mutation TEXT, created_at INTEGER NOT NULL, due_at INTEGER NOT NULL);
            CREATE INDEX pending_changes_by_resource ON pending_changes(resource_id, kind);
            CREATE INDEX pending_changes_by_due ON pending_changes(due_at);
            CREATE TABLE access_grants (
                id TEXT PRIMARY KEY, user_identity_id TEXT NOT NULL, access_grant_key TEXT UNIQUE, name TEXT,
                reservation_key TEXT, starts_at INTEGER NOT NULL, ends_at INTEGER, request_fingerprint TEXT NOT NULL,
                created_at INTEGER NOT NULL);
            CREATE INDEX access_grants_by_created ON access_grants(created_at, id);
            CREATE TABLE access_grant_entrances (
                access_grant_id TEXT NOT NULL, acs_entrance_id TEXT NOT NULL,
                PRIMARY KEY (access_grant_id, acs_entrance_id)) WITHOUT ROWID;
            CREATE INDEX access_grant_entrances_by_entrance ON access_grant_entrances(acs_entrance_id);
            CREATE TABLE access_grant_requests (
                access_grant_id TEXT NOT NULL, position INTEGER NOT NULL, mode TEXT NOT NULL,
                instant_key_max_use_count INTEGER, created_at INTEGER NOT NULL,
                PRIMARY KEY (access_grant_id, position)) WITHOUT ROWID;
            CREATE TABLE access_methods (
                id TEXT PRIMARY KEY, access_grant_id TEXT NOT NULL, request_position INTEGER NOT NULL, mode TEXT NOT NULL,
                display_name TEXT NOT NULL, acs_entrance_id TEXT, created_at INTEGER NOT NULL);
            CREATE INDEX access_methods_by_grant ON access_methods(access_grant_id, created_at, id);
            CREATE INDEX access_methods_by_created ON access_methods(created_at, id);
            CREATE TABLE access_method_credentials (
                access_method_id TEXT NOT NULL, acs_credential_id TEXT NOT NULL,
                PRIMARY KEY (access_method_id, acs_credential_id)) WITHOUT ROWID;
            CREATE INDEX access_method_credentials_by_credential ON access_method_credentials(acs_credential_id);
            CREATE INDEX action_attempts_by_created ON action_attempts(created_at, id);
            ALTER TABLE events ADD COLUMN access_grant_id TEXT;
            ALTER TABLE events ADD COLUMN access_method_id TEXT;
            ALTER TABLE events ADD COLUMN device_id TEXT;
            ALTER TABLE events ADD COLUMN extra TEXT;
            """)
    }
}
