import Foundation

/// Checks every row of a residents file before anything is sent, and lists every problem with
/// its line at once: a bad email, an unknown building or entrance, an end before the start or
/// in the past, a PIN for more than one entrance (Latch), the same resident twice for a
/// building. The email, name and phone rules are the wizard's (`WizardValidation`).
public enum ResidentValidation {
    /// The rows that can be imported, and the problems of the others.
    public static func validate(_ records: [ResidentRecord], columns: ResidentColumns, directory: ImportDirectory,
                                now: Date) -> (moveIns: [MoveIn], problems: [ImportProblem]) {
        var moveIns: [MoveIn] = []
        var problems: [ImportProblem] = []
        var firstLine: [String: Int] = [:]
        for record in records where !record.isBlank {
            switch check(record, columns: columns, directory: directory, now: now) {
            case .success(let moveIn):
                let key = moveIn.email.lowercased() + "\u{0}" + moveIn.building.id
                if let earlier = firstLine[key] {
                    problems.append(ImportProblem(line: record.line,
                        "\(moveIn.email) at \(moveIn.building.name) is already on line \(earlier); one row per resident and building"))
                } else {
                    firstLine[key] = record.line
                    moveIns.append(moveIn)
                }
            case .failure(let rowProblems):
                problems += rowProblems.problems
            }
        }
        return (moveIns, problems)
    }

    /// One row: the move-in, or every problem it has.
    static func check(_ record: ResidentRecord, columns: ResidentColumns, directory: ImportDirectory,
                      now: Date) -> Result<MoveIn, ImportProblems> {
        var problems: [String] = []
        func value(_ field: ResidentField) -> String { columns.value(field, in: record) }

        let email = value(.email)
        if email.isEmpty {
            problems.append("email is empty")
        } else if let problem = WizardValidation.emailProblem(email) {
            problems.append("email '\(email)': \(problem)")
        }
        let fullName = value(.fullName)
        if WizardValidation.nameProblem(fullName) != nil { problems.append("full name is empty") }
        let phone = value(.phone)
        if let problem = WizardValidation.phoneProblem(phone) { problems.append("phone '\(phone)': \(problem)") }
        let method = MoveInMethod.named(value(.method))
        if method == nil { problems.append("method '\(value(.method))' is neither mobile_key nor pin") }

        var building: ImportBuilding?
        let buildingName = value(.building)
        switch directory.building(buildingName) {
        case .found(let found):
            building = found
        case .unknown:
            let known = directory.buildings.map(\.name).joined(separator: ", ")
            problems.append(buildingName.isEmpty ? "building is empty" : "no building is called '\(buildingName)' (buildings: \(known))")
        case .ambiguous(let count):
            problems.append("\(count) buildings are called '\(buildingName)'; use the building's id")
        }

        var entrances: [ImportEntrance] = []
        let entranceNames = value(.entrances).split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if entranceNames.isEmpty { problems.append("entrances is empty (names or ids, separated by ;)") }
        if let building {
            for name in entranceNames {
                if let entrance = building.entrance(name) {
                    if !entrances.contains(entrance) { entrances.append(entrance) }
                } else {
                    problems.append("\(building.name) has no entrance '\(name)'")
                }
            }
        }
        if method == .pin, entranceNames.count > 1 {
            problems.append("a PIN opens exactly one entrance (Latch); this row names \(entranceNames.count)")
        }

        let time = building?.time ?? BuildingTime(identifier: nil)
        let startsText = value(.starts)
        let startsAt = startsText.isEmpty ? now : MoveInTime.parse(startsText, time: time, endOfDay: false)
        if startsAt == nil { problems.append("starts '\(startsText)' is not a date (\(MoveInTime.formats))") }
        let endsText = value(.ends)
        let endsAt = MoveInTime.parse(endsText, time: time, endOfDay: true)
        if endsText.isEmpty {
            problems.append("ends is empty")
        } else if endsAt == nil {
            problems.append("ends '\(endsText)' is not a date (\(MoveInTime.formats))")
        } else if let endsAt, endsAt <= now {
            problems.append("ends \(time.format(endsAt)) is in the past")
        } else if let startsAt, let endsAt, endsAt <= startsAt {
            problems.append("ends \(time.format(endsAt)) is not after starts \(time.format(startsAt))")
        }

        guard problems.isEmpty, let building, let method, let startsAt, let endsAt else {
            return .failure(ImportProblems(problems.map { ImportProblem(line: record.line, $0) }))
        }
        return .success(MoveIn(line: record.line, email: email, fullName: fullName, phone: phone.isEmpty ? nil : phone,
                               building: building, entrances: entrances, startsAt: startsAt, endsAt: endsAt, method: method))
    }
}
