import Foundation

/// Which column of a residents file holds which field, worked out once from the header row.
/// Unknown columns are ignored, so a property-management export with forty columns works as is.
public struct ResidentColumns: Sendable, Equatable {
    /// The column index of each field the file has.
    public let index: [ResidentField: Int]

    public init(index: [ResidentField: Int]) {
        self.index = index
    }

    /// Matches the header row. `renames` (from `--map COLUMN=FIELD`) take precedence over the
    /// usual names. Throws every problem at once: missing required fields and fields claimed
    /// by two columns.
    public static func match(header: [String], renames: [String: ResidentField] = [:]) throws(ImportProblems) -> ResidentColumns {
        var claims: [ResidentField: [Int]] = [:]
        let renamed = Dictionary(renames.map { (ResidentField.normalized($0.key), $0.value) }, uniquingKeysWith: { $1 })
        var problems: [ImportProblem] = []
        for name in renamed.keys where !header.contains(where: { ResidentField.normalized($0) == name }) {
            let original = renames.first { ResidentField.normalized($0.key) == name }?.key ?? name
            problems.append(ImportProblem(line: 1, "--map names the column '\(original)', which the header does not have"))
        }
        // A field named by --map is taken from that column only, not from one with its usual name.
        let explicitFields = Set(renamed.values)
        for (column, title) in header.enumerated() {
            let field: ResidentField?
            if let chosen = renamed[ResidentField.normalized(title)] {
                field = chosen
            } else if let usual = ResidentField.named(title), !explicitFields.contains(usual) {
                field = usual
            } else {
                field = nil
            }
            if let field { claims[field, default: []].append(column) }
        }
        var index: [ResidentField: Int] = [:]
        for field in ResidentField.allCases {
            let columns = claims[field] ?? []
            if columns.count > 1 {
                let names = columns.map { "'\(header[$0])'" }.joined(separator: " and ")
                problems.append(ImportProblem(line: 1, "columns \(names) both mean \(field.rawValue); choose one with --map COLUMN=\(field.rawValue)"))
            } else if let column = columns.first {
                index[field] = column
            } else if field.isRequired {
                problems.append(ImportProblem(line: 1, "no column for \(field.rawValue) (the header has: \(header.joined(separator: ", "))); name it with --map COLUMN=\(field.rawValue)"))
            }
        }
        if !problems.isEmpty { throw ImportProblems(problems) }
        return ResidentColumns(index: index)
    }

    /// The value of `field` in a record, trimmed; empty when the file has no such column.
    public func value(_ field: ResidentField, in record: ResidentRecord) -> String {
        guard let column = index[field], record.values.indices.contains(column) else { return "" }
        return record.values[column].trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
