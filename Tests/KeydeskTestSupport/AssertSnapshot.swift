import Foundation
import Testing

/// Compares rendered screen text with `__Snapshots__/<suite>/<name>.txt` next to this test
/// target (swift-argument-parser style). `RECORD_SNAPSHOTS=1` re-records; recording, and a
/// missing snapshot, count as failures so nobody commits an unchecked snapshot by accident.
/// On mismatch the failure shows a line diff.
public func assertSnapshot(
    _ actual: String,
    suite: String,
    named name: String,
    filePath: String = #filePath,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let testsDirectory = URL(fileURLWithPath: filePath).deletingLastPathComponent()
    let root = testsDirectory.lastPathComponent == "Support" ? testsDirectory.deletingLastPathComponent() : testsDirectory
    let directory = root.appendingPathComponent("__Snapshots__").appendingPathComponent(suite)
    let file = directory.appendingPathComponent("\(name).txt")
    let normalizedActual = normalize(actual)
    let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"].map { !$0.isEmpty && $0 != "0" } ?? false
    let existing = try? String(contentsOf: file, encoding: .utf8)
    if record || existing == nil {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try (normalizedActual + "\n").write(to: file, atomically: true, encoding: .utf8)
        } catch {
            Issue.record("could not write snapshot \(file.path): \(error)", sourceLocation: sourceLocation)
            return
        }
        Issue.record("recorded snapshot \(suite)/\(name).txt; check it and run again without RECORD_SNAPSHOTS", sourceLocation: sourceLocation)
        return
    }
    let expected = normalize(existing ?? "")
    if expected != normalizedActual {
        Issue.record("snapshot \(suite)/\(name).txt differs (- expected, + actual):\n\(lineDiff(expected: expected, actual: normalizedActual))", sourceLocation: sourceLocation)
    }
}

/// Trailing spaces and trailing empty lines removed, `\r\n` normalised.
private func normalize(_ text: String) -> String {
    var lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
        var s = String(line)
        while s.last == " " { s.removeLast() }
        return s
    }
    while lines.last == "" { lines.removeLast() }
    return lines.joined(separator: "\n")
}

/// A simple line diff: common lines with two spaces, differing lines as -expected / +actual.
public func lineDiff(expected: String, actual: String) -> String {
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var out: [String] = []
    for i in 0..<max(e.count, a.count) {
        let el = i < e.count ? String(e[i]) : nil
        let al = i < a.count ? String(a[i]) : nil
        if el == al {
            out.append("  \(i + 1): \(el ?? "")")
        } else {
            if let el { out.append("- \(i + 1): \(el)") }
            if let al { out.append("+ \(i + 1): \(al)") }
        }
    }
    return out.joined(separator: "\n")
}
