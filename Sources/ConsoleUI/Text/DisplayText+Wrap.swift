extension DisplayText {
    /// Greedy word wrap to lines of at most `width` columns; words longer than a line are
    /// split between grapheme clusters.
    public func wrapped(toWidth width: Int) -> [DisplayText] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var wordText = String(word)
            var wordWidth = DisplayWidth.of(wordText)
            if currentWidth > 0 && currentWidth + 1 + wordWidth <= width {
                current += " " + wordText
                currentWidth += 1 + wordWidth
                continue
            }
            if currentWidth > 0 {
                lines.append(current)
                current = ""
                currentWidth = 0
            }
            while wordWidth > width {
                var piece = ""
                var pieceWidth = 0
                var rest = Substring(wordText)
                while let c = rest.first, pieceWidth + DisplayWidth.of(c) <= width {
                    piece.append(c)
                    pieceWidth += DisplayWidth.of(c)
                    rest = rest.dropFirst()
                }
                if piece.isEmpty { break }
                lines.append(piece)
                wordText = String(rest)
                wordWidth = DisplayWidth.of(wordText)
            }
            current = wordText
            currentWidth = wordWidth
        }
        if currentWidth > 0 || lines.isEmpty { lines.append(current) }
        return lines.map { DisplayText($0) }
    }
}
