import Foundation
import ConsoleCore
import ConsoleUI

/// Lays out the console's list columns across a terminal line for `keydesk list`'s table:
/// fixed columns keep their width, flexible ones share what is left by weight (never below
/// their minimum), one space between columns.
enum TableLayout {
    static func widths(_ columns: [ListColumn], total: Int) -> [Int] {
        let gaps = max(columns.count - 1, 0)
        var widths = columns.map { column -> Int in
            switch column.width {
            case .fixed(let width): width
            case .flexible(let minimum, _): minimum
            }
        }
        let weights = columns.map { column -> Int in
            if case .flexible(_, let weight) = column.width { return weight }
            return 0
        }
        let spare = total - gaps - widths.reduce(0, +)
        let weightSum = weights.reduce(0, +)
        if spare > 0, weightSum > 0 {
            for index in widths.indices { widths[index] += spare * weights[index] / weightSum }
        }
        return widths
    }

    /// One line: each cell sanitized and fitted to its column.
    static func line(_ cells: [String], columns: [ListColumn], widths: [Int]) -> String {
        zip(zip(cells, columns), widths).map { pair, width in
            let (cell, column) = pair
            return DisplayText(cell).fitted(toWidth: width, alignment: column.alignment == .trailing ? .trailing : .leading).text
        }.joined(separator: " ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
    }
}
