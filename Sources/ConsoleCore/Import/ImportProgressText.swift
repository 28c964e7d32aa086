import Foundation

/// The words and the bar of an import's progress, the same on the command line and in the
/// console: "[#########.........] 412/1000 done, 3 failed, 25.1/s, ETA 0:23".
public enum ImportProgressText {
    /// One line for a terminal `width` columns wide: the bar takes what the words leave.
    public static func bar(_ tally: ImportTally, now: Date, width: Int) -> String {
        let words = status(tally, now: now)
        let room = max(10, min(40, width - words.count - 3))
        let filled = tally.total > 0 ? room * tally.finished / tally.total : room
        return "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: room - filled) + "] " + words
    }

    /// "412/1000 done, 3 failed, 25.1/s, ETA 0:23".
    public static func status(_ tally: ImportTally, now: Date) -> String {
        var text = "\(tally.done)/\(tally.total) done, \(tally.failed) failed"
        let rate = tally.rate(at: now)
        if rate > 0 { text += String(format: ", %.1f/s", rate) }
        if let left = tally.secondsLeft(at: now), tally.finished < tally.total { text += ", ETA " + clock(left) }
        return text
    }

    /// The closing line: what was made, what was there, what failed, and how long it took.
    public static func summary(_ tally: ImportTally, now: Date) -> String {
        var parts = ["\(tally.created) created", "\(tally.existing) already had their key"]
        if tally.resumed > 0 { parts.append("\(tally.resumed) done by an earlier run") }
        parts.append("\(tally.failed) failed")
        if tally.skipped > 0 { parts.append("\(tally.skipped) invalid rows skipped") }
        let seconds = now.timeIntervalSince(tally.startedAt)
        return "\(tally.done) of \(tally.total) residents hold their key: " + parts.joined(separator: ", ")
            + String(format: " (%.1f s).", seconds)
    }

    /// "1:05" or "1:02:03".
    static func clock(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded(.up))
        let (hours, minutes, secs) = (whole / 3600, (whole / 60) % 60, whole % 60)
        return hours > 0 ? String(format: "%d:%02d:%02d", hours, minutes, secs) : String(format: "%d:%02d", minutes, secs)
    }
}
