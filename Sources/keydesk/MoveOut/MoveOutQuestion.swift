import Foundation

/// The question `keydesk moveout` asks on a terminal without `--yes`: what will be removed, and
/// `[y/N]` on stderr (stdout stays the report), read from stdin. Anything but y or yes is no.
enum MoveOutQuestion {
    static func confirmed(_ summaries: [String]) -> Bool {
        let what = summaries.map { $0.prefix(1).lowercased() + $0.dropFirst() }.joined(separator: "; ")
        FileHandle.standardError.write(Data("keydesk: \(what)? [y/N] ".utf8))
        guard let answer = readLine(strippingNewline: true)?.trimmingCharacters(in: .whitespaces).lowercased() else { return false }
        return answer == "y" || answer == "yes"
    }
}
