import CSV
import Foundation

/// CSV text written by CSV.swift's `CSVWriter`, which quotes a field holding a comma, a quote or
/// a line break and doubles its quotes: the import's report and `keydesk list --format csv`.
public enum CSVRows {
    /// The rows as CSV, each ending with a line break (so pages can be written one after another).
    public static func text(_ rows: [[String]]) -> String {
        guard !rows.isEmpty else { return "" }
        let stream = OutputStream(toMemory: ())
        do {
            let writer = try CSVWriter(stream: stream)
            for row in rows { try writer.write(row: row) }
        } catch {
            // A stream in memory does not fail to take bytes.
            preconditionFailure("CSV in memory: \(error)")
        }
        let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
