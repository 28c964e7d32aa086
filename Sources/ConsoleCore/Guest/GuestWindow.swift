import Foundation

/// When a guest's PIN works: the presets a front desk uses most, or times typed in the
/// building's time zone. Every window has an end.
public enum GuestWindow: Sendable, CaseIterable, Equatable {
    case nextTwoHours, untilTonight, tomorrowDaytime, typed

    /// How the choice reads in the list.
    public var label: String {
        switch self {
        case .nextTwoHours: "The next 2 hours"
        case .untilTonight: "Until tonight"
        case .tomorrowDaytime: "Tomorrow 8:00–18:00"
        case .typed: "Other times (type them)"
        }
    }

    /// The start and end in the building's time zone; nil for typed times.
    public func range(from now: Date, time: BuildingTime) -> (Date, Date)? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = time.timeZone
        switch self {
        case .nextTwoHours:
            return (now, now + 2 * 3600)
        case .untilTonight:
            return (now, WizardPreset.tonight.date(from: now, time: time))
        case .tomorrowDaytime:
            let today = calendar.startOfDay(for: now)
            guard let tomorrow = calendar.date(byAdding: .day, value: 1, to: today),
                  let starts = calendar.date(bySettingHour: 8, minute: 0, second: 0, of: tomorrow),
                  let ends = calendar.date(bySettingHour: 18, minute: 0, second: 0, of: tomorrow) else { return nil }
            return (starts, ends)
        case .typed:
            return nil
        }
    }
}
