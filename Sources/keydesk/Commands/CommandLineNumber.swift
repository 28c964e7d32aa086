import ArgumentParser

/// Reads a number given to a command-line option and checks it against the range the option
/// allows, so that NaN, infinities and huge values (`--issue-delay 1e16`) are a usage error
/// naming the flag and the range, not a trap in a later `Duration` conversion.
enum CommandLineNumber {
    static func parse<Number: LosslessStringConvertible & Comparable>(
        _ text: String, flag: String, in range: ClosedRange<Number>, unit: String = ""
    ) throws -> Number {
        guard let value = Number(text), range.contains(value) else {
            let kind = Number.self is any BinaryInteger.Type ? "a whole number" : "a number"
            throw ValidationError("\(flag) must be \(kind) from \(plain(range.lowerBound)) to \(plain(range.upperBound))\(unit)")
        }
        return value
    }

    /// `86400` rather than `86400.0`.
    private static func plain(_ number: some LosslessStringConvertible) -> String {
        let text = number.description
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }
}
