import ConsoleCore
import ConsoleServices
import ConsoleUI
import Foundation
import SeamAPI

/// Prints pages of one kind of resource as they arrive, in one format, each page in one write:
/// a JSON array (opened before the first page, closed after the last), JSON lines, CSV with its
/// header, or a table sized to the terminal. JSON is Seam's objects re-encoded under Seam's
/// field names (`SeamJSON`); CSV and table text from the API is sanitized (no control
/// characters or escapes reach a terminal), JSON escapes them itself.
struct ListPrinter<Item: ListedResource> {
    let format: ListFormat
    let context: ListContext
    let width: Int
    private(set) var printed = 0
    private let encoder = SeamJSON.makeEncoder()
    private let widths: [Int]

    init(format: ListFormat, context: ListContext, width: Int) {
        self.format = format
        self.context = context
        self.width = width
        widths = TableLayout.widths(Item.tableColumns, total: width)
    }

    /// The header (CSV, table) or the array's opening bracket (JSON).
    func begin() {
        switch format {
        case .json: StandardOutput.write("[")
        case .jsonl: break
        case .csv: StandardOutput.write(CSVRows.text([Item.csvHeader]))
        case .table: StandardOutput.write(TableLayout.line(Item.tableColumns.map(\.title), columns: Item.tableColumns, widths: widths) + "\n")
        }
    }

    mutating func write(_ items: [Item]) throws {
        guard !items.isEmpty else { return }
        var text = ""
        switch format {
        case .json:
            for item in items {
                text += (printed == 0 && text.isEmpty ? "\n" : ",\n") + String(decoding: try encoder.encode(item), as: UTF8.self)
            }
        case .jsonl:
            for item in items { text += String(decoding: try encoder.encode(item), as: UTF8.self) + "\n" }
        case .csv:
            text = CSVRows.text(items.map { $0.csvFields.map(Sanitizer.sanitize) })
        case .table:
            for item in items { text += TableLayout.line(item.tableCells(context), columns: Item.tableColumns, widths: widths) + "\n" }
        }
        printed += items.count
        StandardOutput.write(text)
    }

    /// Closes the JSON array.
    func end() {
        if format == .json { StandardOutput.write(printed == 0 ? "]\n" : "\n]\n") }
    }
}
