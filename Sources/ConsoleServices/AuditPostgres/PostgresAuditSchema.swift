import Foundation

/// The PostgreSQL audit trail's objects, in the schema `keydesk`: the table (the same columns
/// as the SQLite log, `AuditColumn`), the sequence that numbers rows across hosts, and a
/// trigger that refuses UPDATE, DELETE and TRUNCATE even to roles granted them by mistake.
/// `keydesk audit --init-db` creates them as an admin role (`PostgresAuditSetup`); the role
/// keydesk writes with only gets `grants(to:)`.
enum PostgresAuditSchema {
    static let schema = "keydesk"
    static let table = "keydesk.audit_log"
    static let sequence = "keydesk.audit_log_id_seq"
    /// The first key of every advisory lock keydesk takes ("kd"); the second is the host's hash.
    static let lockSpace: Int32 = 0x6B64

    /// The statements that create what is missing, in order; safe to run again.
    static let creation = [
        "CREATE SCHEMA IF NOT EXISTS keydesk",
        "CREATE SEQUENCE IF NOT EXISTS keydesk.audit_log_id_seq AS bigint",
        """
        CREATE TABLE IF NOT EXISTS keydesk.audit_log (
            id bigint PRIMARY KEY,
            host text NOT NULL,
            time text COLLATE "C" NOT NULL,
            kind text NOT NULL CHECK (kind IN ('attempt', 'outcome', 'record')),
            attempt_id bigint,
            os_user text NOT NULL,
            ssh_client_address text,
            profile text,
            endpoint text NOT NULL,
            action text NOT NULL,
            resource_ids text NOT NULL,
            detail text,
            outcome text CHECK (outcome IN ('succeeded', 'failed', 'unfinished')),
            error_message text,
            seam_request_id text,
            previous_hash text NOT NULL,
            row_hash text NOT NULL,
            CHECK ((kind = 'outcome') = (attempt_id IS NOT NULL)),
            CHECK ((kind = 'attempt') = (outcome IS NULL))
        )
        """,
        "ALTER SEQUENCE keydesk.audit_log_id_seq OWNED BY keydesk.audit_log.id",
        "CREATE INDEX IF NOT EXISTS audit_log_host ON keydesk.audit_log (host, id)",
        "CREATE INDEX IF NOT EXISTS audit_log_time ON keydesk.audit_log (time)",
        """
        CREATE OR REPLACE FUNCTION keydesk.audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'the keydesk audit log is append-only' USING ERRCODE = 'insufficient_privilege';
        END
        $$
        """,
        """
        CREATE OR REPLACE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON keydesk.audit_log
            FOR EACH STATEMENT EXECUTE FUNCTION keydesk.audit_log_append_only()
        """,
        "REVOKE ALL ON SCHEMA keydesk FROM PUBLIC",
        "REVOKE ALL ON keydesk.audit_log FROM PUBLIC",
        "REVOKE ALL ON SEQUENCE keydesk.audit_log_id_seq FROM PUBLIC",
    ]

    /// What the writing role may do: find the schema, read and add rows, draw ids (USAGE on a
    /// sequence allows nextval, not setval). Everything else is taken back in case it was given.
    static func grants(to role: String) -> [String] {
        let role = quotedIdentifier(role)
        return [
            "GRANT USAGE ON SCHEMA keydesk TO \(role)",
            "REVOKE ALL ON keydesk.audit_log FROM \(role)",
            "GRANT SELECT, INSERT ON keydesk.audit_log TO \(role)",
            "REVOKE ALL ON SEQUENCE keydesk.audit_log_id_seq FROM \(role)",
            "GRANT USAGE ON SEQUENCE keydesk.audit_log_id_seq TO \(role)",
        ]
    }

    /// `name` as a PostgreSQL identifier in double quotes.
    static func quotedIdentifier(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
