import ConsoleCore
import Foundation

/// `keydesk audit --json`: an array of objects with every key present (null when empty):
/// id, time, host, kind, attempt_id, os_user, ssh_client_address, profile, endpoint, action,
/// resource_ids, detail, outcome, error_message, seam_request_id, damage (the unreadable
/// columns' problems, [] for a sound row; an unreadable time or kind is null). The hashes are
/// not exported: `keydesk audit --verify` checks them and prints each chain's head.
///
/// Every control, format, line or paragraph separator character in a string is written as a
/// `\uXXXX` escape (ESC as \u001b, RIGHT-TO-LEFT OVERRIDE as \u202e), so the output is inert
/// in a terminal and still decodes to the stored text.
public enum AuditJSON {
    public static func array(_ records: [AuditRecord]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(records.map(Object.init)) else { return "[]\n" }
        return escapingInvisibles(String(decoding: data, as: UTF8.self)) + "\n"
    }

    /// Rewrites the characters JSONEncoder leaves raw (DEL, C1 controls, bidi and other format
    /// characters, U+2028/U+2029) as escapes. Outside strings JSON has only ASCII, and the C0
    /// controls inside strings are already escaped, so every such character is in a string.
    static func escapingInvisibles(_ json: String) -> String {
        var output = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            let category = scalar.properties.generalCategory
            let invisible = scalar.value >= 0x7F
                && [.control, .format, .lineSeparator, .paragraphSeparator].contains(category)
            guard invisible else {
                output.append(scalar)
                continue
            }
            for unit in String(scalar).utf16 {
                let hex = String(unit, radix: 16)
                output.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
            }
        }
        return String(output)
    }

    /// The JSON shape of one record: snake_case keys, explicit nulls.
    private struct Object: Encodable {
        let record: AuditRecord

        enum CodingKeys: String, CodingKey {
            case id, time, host, kind, attempt_id, os_user, ssh_client_address, profile, endpoint, action,
                 resource_ids, detail, outcome, error_message, seam_request_id, damage
        }

        func encode(to encoder: any Encoder) throws {
            let entry = record.entry
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(record.id, forKey: .id)
            try container.encode(record.isDamaged(AuditColumn.time.name) ? nil : AuditTime.string(from: entry.time), forKey: .time)
            try container.encode(entry.host, forKey: .host)
            try container.encode(record.isDamaged(AuditColumn.kind.name) ? nil : entry.kind.rawValue, forKey: .kind)
            try container.encode(entry.attemptID, forKey: .attempt_id)
            try container.encode(entry.osUser, forKey: .os_user)
            try container.encode(entry.sshClientAddress, forKey: .ssh_client_address)
            try container.encode(entry.profile, forKey: .profile)
            try container.encode(entry.endpoint, forKey: .endpoint)
            try container.encode(entry.action, forKey: .action)
            try container.encode(entry.resourceIDs, forKey: .resource_ids)
            try container.encode(entry.detail, forKey: .detail)
            try container.encode(entry.outcome?.rawValue, forKey: .outcome)
            try container.encode(entry.errorMessage, forKey: .error_message)
            try container.encode(entry.seamRequestID, forKey: .seam_request_id)
            try container.encode(record.damage.map(\.description), forKey: .damage)
        }
    }
}
