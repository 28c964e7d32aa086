import Foundation
import TOMLKit

/// Reads the staff roster (`[staff.LOGIN]` tables) of a service configuration. Like the rest of
/// the reader it collects every problem, each naming the line it is on, so one run of keydesk
/// shows an administrator every mistake in the roster.
extension ConfigTableReader {
    mutating func readStaff(_ value: any TOMLValueConvertible) -> [String: StaffMember] {
        guard let table = value.table else {
            problems.append(at(line(of: "staff"), "'staff' must be a table of staff members, like [staff.LOGIN]"))
            return [:]
        }
        var roster: [String: StaffMember] = [:]
        for login in table.keys {
            guard let entry = table[login] else { continue }
            let header = "staff.\(login)"
            guard let memberTable = entry.table else {
                problems.append(at(line(of: header), "'\(header)' must be a table: write it as [staff.\(login)]"))
                continue
            }
            if let member = readMember(login, memberTable) { roster[login] = member }
        }
        return roster
    }

    private mutating func readMember(_ login: String, _ table: TOMLTable) -> StaffMember? {
        let header = "staff.\(login)"
        var member = StaffMember(login: login, profiles: [])
        var sawProfiles = false
        for key in table.keys {
            guard let value = table[key] else { continue }
            let keyLine = line(of: key, inTable: header)
            switch key {
            case "profiles":
                sawProfiles = true
                member.profiles = names(value, key: "\(header).profiles", line: keyLine) ?? []
                if member.profiles.isEmpty {
                    problems.append(at(keyLine, "'\(header).profiles' is empty: list the profiles \(login) may use, "
                                       + "or remove [\(header)] to refuse them"))
                }
            case "buildings":
                member.buildings = names(value, key: "\(header).buildings", line: keyLine)
                if member.buildings?.isEmpty == true {
                    problems.append(at(keyLine, "'\(header).buildings' is empty, which would allow no building: "
                                       + "list them, or leave the key out for every building"))
                }
            case "read_only":
                if let flag = value.bool {
                    member.readOnly = flag
                } else {
                    problems.append(at(keyLine, "'\(header).read_only' must be true or false, not a \(value.type)"))
                }
            default:
                unknownKeys.append(("\(header).\(key)", keyLine))
            }
        }
        if !sawProfiles {
            problems.append(at(line(of: header), "[\(header)] has no 'profiles': list the profiles \(login) may use, "
                               + "like profiles = [\"harbor-view\"]"))
            return nil
        }
        return member
    }

    /// An array of non-empty strings, without repeats; nil (with the problem noted) otherwise.
    private mutating func names(_ value: any TOMLValueConvertible, key: String, line: Int?) -> [String]? {
        guard let array = value.array else {
            problems.append(at(line, "'\(key)' must be a list in brackets, like [\"Maple Court\"], not a \(value.type)"))
            return nil
        }
        var result: [String] = []
        for element in array {
            guard let text = element.string?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else {
                problems.append(at(line, "'\(key)' may only hold non-empty names in quotes, like [\"Maple Court\"]"))
                return nil
            }
            if !result.contains(text) { result.append(text) }
        }
        return result
    }

    /// `message` prefixed with its line, when known.
    func at(_ line: Int?, _ message: String) -> String {
        line.map { "line \($0): \(message)" } ?? message
    }

    /// The 1-based line of `key` inside the table whose header is `[table]` (the key may be
    /// quoted in the header), if both are found.
    func line(of key: String, inTable table: String) -> Int? {
        guard let header = line(of: table) else { return nil }
        for index in header..<lines.count {
            let text = lines[index].drop(while: { $0 == " " || $0 == "\t" })
            if text.hasPrefix("[") { return nil }
            let name = text.hasPrefix("\"") ? text.dropFirst().prefix(while: { $0 != "\"" }) : text.prefix(while: { !" \t=".contains($0) })
            if name == key { return index + 1 }
        }
        return nil
    }
}
