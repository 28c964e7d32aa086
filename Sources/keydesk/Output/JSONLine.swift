import Foundation

/// One JSON object on one line, as every `--json` output of keydesk writes it: keys sorted,
/// slashes unescaped, no trailing newline (the caller adds it where the line ends).
enum JSONLine {
    static func text(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(value)) ?? Data("{}".utf8), as: UTF8.self)
    }
}
