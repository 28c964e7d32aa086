import ConsoleCore
import Foundation

/// Reads a stored row into an `AuditRecord` without ever trapping: each column that is not
/// what keydesk writes adds a line to the record's `damage` and reads as a stand-in (the text
/// with invalid bytes replaced, a number as digits, an empty text, the Unix epoch).
enum AuditRecordDecoder {
    static func record(_ row: AuditStoredRow) -> AuditRecord {
        var reader = Reader(row: row)
        let timeText = reader.text(.time)
        let time = timeText.flatMap(AuditTime.date(from:))
        if timeText != nil, time == nil { reader.damage.append(AuditDamage(column: "time", problem: "is not a valid time")) }
        let kindText = reader.text(.kind)
        let kind = kindText.flatMap(AuditKind.init(rawValue:))
        if kindText != nil, kind == nil { reader.damage.append(AuditDamage(column: "kind", problem: "is not attempt, outcome or record")) }
        let outcomeText = reader.optionalText(.outcome)
        let outcome = outcomeText.flatMap(AuditOutcome.init(rawValue:))
        if outcomeText != nil, outcome == nil {
            reader.damage.append(AuditDamage(column: "outcome", problem: "is not succeeded, failed or unfinished"))
        }
        let entry = AuditEntry(
            time: time ?? Date(timeIntervalSince1970: 0),
            host: reader.text(.host) ?? "",
            osUser: reader.text(.osUser) ?? "",
            sshClientAddress: reader.optionalText(.sshClientAddress),
            profile: reader.optionalText(.profile),
            endpoint: reader.text(.endpoint) ?? "",
            kind: kind ?? .record,
            attemptID: reader.optionalInteger(.attemptID),
            action: reader.text(.action) ?? "",
            resourceIDs: AuditResourceIDs.decode(reader.text(.resourceIDs) ?? ""),
            detail: reader.optionalText(.detail),
            outcome: outcome,
            errorMessage: reader.optionalText(.errorMessage),
            seamRequestID: reader.optionalText(.seamRequestID)
        )
        return AuditRecord(id: row.id, entry: entry, damage: reader.damage)
    }

    /// Collects damage while reading columns.
    private struct Reader {
        let row: AuditStoredRow
        var damage: [AuditDamage] = []

        /// A required text column; nil (and a damage line) when it is missing.
        mutating func text(_ column: AuditColumn) -> String? {
            if case .null = row[column] {
                damage.append(AuditDamage(column: column.name, problem: "is missing"))
                return nil
            }
            return optionalText(column)
        }

        /// A text column that may be NULL.
        mutating func optionalText(_ column: AuditColumn) -> String? {
            switch row[column] {
            case .null:
                return nil
            case .text(let bytes):
                if let text = String(validating: bytes, as: UTF8.self) { return text }
                damage.append(AuditDamage(column: column.name, problem: "is not valid UTF-8"))
                return String(decoding: bytes, as: UTF8.self)
            case .blob(let bytes):
                damage.append(AuditDamage(column: column.name, problem: "is bytes, not text"))
                return String(decoding: bytes, as: UTF8.self)
            case .integer(let number):
                damage.append(AuditDamage(column: column.name, problem: "is a number, not text"))
                return String(number)
            case .real(let number):
                damage.append(AuditDamage(column: column.name, problem: "is a number, not text"))
                return String(number)
            }
        }

        mutating func optionalInteger(_ column: AuditColumn) -> Int64? {
            switch row[column] {
            case .null: return nil
            case .integer(let number): return number
            default:
                damage.append(AuditDamage(column: column.name, problem: "is \(row[column].typeName), not a row id"))
                return nil
            }
        }
    }
}
