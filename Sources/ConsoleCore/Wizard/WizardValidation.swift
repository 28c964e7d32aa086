import Foundation

/// Checks the wizard's input before any API call, with messages the desk can act on.
public enum WizardValidation {
    /// `name@domain.tld`, no spaces.
    public static func emailProblem(_ text: String) -> String? {
        let email = text.trimmingCharacters(in: .whitespaces)
        if email.isEmpty { return "Type the resident's email." }
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
              !email.contains(" ") else { return "Not an email address (name@example.com)." }
        return nil
    }

    /// Empty (optional), or `+` and 8–15 digits.
    public static func phoneProblem(_ text: String) -> String? {
        let phone = text.trimmingCharacters(in: .whitespaces)
        if phone.isEmpty { return nil }
        let digits = phone.dropFirst()
        guard phone.hasPrefix("+"), (8...15).contains(digits.count), digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else {
            return "Phone must be E.164: + and 8–15 digits (+15555550100)."
        }
        return nil
    }

    public static func nameProblem(_ text: String) -> String? {
        text.trimmingCharacters(in: .whitespaces).isEmpty ? "Type the resident's full name." : nil
    }

    /// Problems of the resident step, by field.
    public static func resident(_ form: ResidentForm) -> [WizardField: String] {
        var problems: [WizardField: String] = [:]
        problems[.email] = emailProblem(form.email.text)
        problems[.fullName] = nameProblem(form.fullName.text)
        problems[.phone] = phoneProblem(form.phone.text)
        return problems
    }

    /// Problems of the mobile-key step, by field; the dates when there are none.
    public static func key(chosen: [String], start: String, end: String, time: BuildingTime, now: Date)
        -> (problems: [WizardField: String], starts: Date?, ends: Date?) {
        var check = window(start: start, end: end, time: time, now: now)
        if chosen.isEmpty { check.problems[.entrances] = "Choose at least one entrance (Space)." }
        return check
    }

    /// Problems of a typed start and end (in the building's time), by field (`.start`, `.end`);
    /// the dates when there are none. The end is required, in the future and after the start.
    public static func window(start: String, end: String, time: BuildingTime, now: Date)
        -> (problems: [WizardField: String], starts: Date?, ends: Date?) {
        var problems: [WizardField: String] = [:]
        let starts = time.parse(start)
        let ends = time.parse(end)
        if starts == nil { problems[.start] = "Start must be YYYY-MM-DD HH:MM." }
        if ends == nil {
            problems[.end] = "End must be YYYY-MM-DD HH:MM."
        } else if let ends, ends <= now {
            problems[.end] = "End must be in the future."
        } else if let starts, let ends, ends <= starts {
            problems[.end] = "End must be after start."
        }
        return (problems, starts, ends)
    }
}
