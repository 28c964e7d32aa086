/// Formats counts for the screen the same way on every machine ("12,345"), independent of the
/// locale, so that snapshots and over-the-shoulder reading agree.
public enum CountFormat {
    public static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (offset, character) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return value < 0 ? "-" + out : out
    }
}
