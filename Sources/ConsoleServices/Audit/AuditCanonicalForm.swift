import Crypto

/// The one definition of what a row's hash covers and how its bytes are laid out. Every sink
/// (SQLite here, PostgreSQL later) and every checker (`keydesk audit --verify`, the tests'
/// independent Python writer) must produce exactly these bytes.
///
/// Canonical form, version 1 (ASCII, LF line ends):
///
///     keydesk-audit-row-v1 LF
///     id:<value> LF
///     <column>:<value> LF      for each column of `AuditColumn.hashed`, in that order:
///                              host, time, kind, attempt_id, os_user, ssh_client_address,
///                              profile, endpoint, action, resource_ids, detail, outcome,
///                              error_message, seam_request_id, previous_hash
///
/// A value is written with its stored type, so a NULL, a number and a text never collide:
///
///     NULL      n
///     integer   i<decimal digits, '-' first if negative>
///     real      r<Swift's shortest round-trip decimal>   (never written by keydesk)
///     text      t<byte count>:<the stored UTF-8 bytes>    (length-prefixed: no escaping)
///     blob      b<byte count>:<the bytes>                 (never written by keydesk)
///
/// `time` is the stored text (`AuditTime`: "2026-11-29T01:50:24.123Z"), `resource_ids` the
/// stored JSON array text. `row_hash` is the lowercase hex SHA-256 of these bytes;
/// `previous_hash` is the `row_hash` of the previous row from the same host (by id), or 64
/// zeros (`genesis`) for a host's first row. Because the id and the previous hash are hashed,
/// a row cannot be edited, renumbered, removed or moved without its hash or the next row's
/// link showing it.
public enum AuditCanonicalForm {
    public static let header = "keydesk-audit-row-v1"
    /// The previous hash of a host's first row.
    public static let genesis = String(repeating: "0", count: 64)

    public static func bytes(of row: AuditStoredRow) -> [UInt8] {
        var output = Array("\(header)\n".utf8)
        append("id", .integer(row.id), to: &output)
        for column in AuditColumn.hashed {
            append(column.name, row[column], to: &output)
        }
        return output
    }

    /// The lowercase hex SHA-256 of the row's canonical bytes.
    public static func hash(of row: AuditStoredRow) -> String {
        SHA256.hash(data: bytes(of: row)).map { byte in
            let digits = String(byte, radix: 16)
            return byte < 16 ? "0" + digits : digits
        }.joined()
    }

    /// Whether `text` has the shape of a hash this form produces.
    public static func isHash(_ text: String) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    private static func append(_ name: String, _ value: AuditStoredValue, to output: inout [UInt8]) {
        output += Array("\(name):".utf8)
        switch value {
        case .null:
            output += Array("n".utf8)
        case .integer(let number):
            output += Array("i\(number)".utf8)
        case .real(let number):
            output += Array("r\(number)".utf8)
        case .text(let bytes):
            output += Array("t\(bytes.count):".utf8) + bytes
        case .blob(let bytes):
            output += Array("b\(bytes.count):".utf8) + bytes
        }
        output.append(0x0A)
    }
}
