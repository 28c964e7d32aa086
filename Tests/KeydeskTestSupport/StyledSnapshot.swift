import Foundation
public import ConsoleUI

extension VirtualTerminal {
    /// The screen text followed by its styles, as ratatui's buffer comparisons show them: for
    /// each line with a styled cell, a line of one letter per cell (a space for plain cells),
    /// and a legend naming each letter's style. Selection (reverse), errors (the error role)
    /// and emphasis are part of what a snapshot checks, not only the characters.
    public var styledText: String {
        let grid = screen
        var legend: [CellStyle: Character] = [:]
        var order: [CellStyle] = []
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        var styleLines: [String] = []
        for row in 0..<grid.size.rows {
            var line = ""
            var styled = false
            for column in 0..<grid.size.columns {
                let style = grid[column, row].style
                guard style != .plain else {
                    line.append(" ")
                    continue
                }
                styled = true
                if legend[style] == nil {
                    legend[style] = letters[min(order.count, letters.count - 1)]
                    order.append(style)
                }
                line.append(legend[style]!)
            }
            if styled {
                while line.last == " " { line.removeLast() }
                styleLines.append(String(format: "%02d|", row + 1) + line)
            }
        }
        let names = order.map { "\(legend[$0]!) = \(Self.describe($0))" }
        return ([text, "--- styles ---"] + styleLines + ["--- legend ---"] + names).joined(separator: "\n")
    }

    private static func describe(_ style: CellStyle) -> String {
        var words: [String] = []
        if style.attributes.contains(.bold) { words.append("bold") }
        if style.attributes.contains(.reverse) { words.append("reverse") }
        if style.attributes.contains(.underline) { words.append("underline") }
        if style.attributes.contains(.dim) { words.append("dim") }
        if style.role != .normal { words.append("role \(style.role)") }
        return words.joined(separator: " ")
    }
}
