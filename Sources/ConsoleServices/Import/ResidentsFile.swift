import ConsoleCore
import CSV
import Crypto
import Foundation

/// A residents file as read from disk: the header, the records with their lines, and the
/// SHA-256 of the bytes (the journal's key). Parsed by CSV.swift, quoted fields and all; UTF-8,
/// or Windows-1252 as spreadsheet exports on Windows often are.
public struct ResidentsFile: Sendable {
    public let path: String
    public let header: [String]
    public let records: [ResidentRecord]
    public let sha256: String

    public init(path: String) throws(ImportProblems) {
        self.path = path
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ImportProblems([ImportProblem(line: nil, "cannot read \(path): no such file, or not readable")])
        }
        sha256 = SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
        guard let text = String(data: data, encoding: .utf8) ?? String(data: data, encoding: .windowsCP1252) else {
            throw ImportProblems([ImportProblem(line: nil, "\(path) is neither UTF-8 nor Windows-1252 text")])
        }
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: true)
        } catch {
            throw ImportProblems([ImportProblem(line: 1, "\(path) has no header row")])
        }
        header = reader.headerRow ?? []
        var records: [ResidentRecord] = []
        while let values = reader.next() {
            records.append(ResidentRecord(line: records.count + 2, values: values))
        }
        if let error = reader.error {
            throw ImportProblems([ImportProblem(line: records.count + 2, "cannot read \(path) as CSV: \(error)")])
        }
        self.records = records
    }

    /// The file's name without its folder, for messages.
    public var name: String { (path as NSString).lastPathComponent }
}
