import ConsoleCore
import Foundation

/// Draws the guest PIN flow over the main area: who, which entrance, when, the review and the
/// progress; once the PINs exist, `PINRevealView` shows them.
struct GuestView {
    var guest: GuestState
    var now: Date
    typealias Line = FlowPanel.Line

    /// Draws the flow into `rect`; returns the hardware cursor of the focused field, if any.
    @discardableResult
    func render(into grid: inout CellGrid, in rect: Rect) -> CursorPlacement? {
        if guest.step == .reveal {
            PINRevealView(guest: guest).render(into: &grid, in: rect)
            return nil
        }
        let (title, lines) = content
        return FlowPanel(title: title, detail: guest.building?.name ?? "choose a building", lines: lines).render(into: &grid, in: rect)
    }

    private var content: (String, [Line]) {
        let g = guest
        var lines: [Line] = []
        func problem(_ field: GuestField) { if let message = g.fieldErrors[field] { lines.append(.problem("  ! " + message)) } }
        func status() {
            if let busy = g.busy { lines.append(.dim(busy)) }
            if let failure = g.failure { lines.append(.problem("Failed: " + failure)) }
        }
        switch g.step {
        case .building:
            lines.append(.text("Which building is the guest's PIN for?"))
            for (index, row) in g.buildingChoices.enumerated() {
                lines.append(.selectable("\(row.name) (\(row.timeZone ?? "UTC"))", selected: index == g.buildingCursor))
            }
            return ("Guest PIN · the building", lines)
        case .who:
            lines.append(.text("Type the name and Enter: people of the building with that name are listed,"))
            lines.append(.text("and the last line adds a new guest (the email is optional)."))
            lines.append(.field("Name", g.name, placeholder: "Bob Plumber", focused: g.whoFocus == .name))
            problem(.name)
            lines.append(.field("Email", g.email, placeholder: "optional, for a new guest", focused: g.whoFocus == .email))
            problem(.email)
            if let matches = g.matches {
                for (index, user) in matches.prefix(8).enumerated() {
                    let email = user.email.isEmpty ? "" : " <\(user.email)>"
                    lines.append(.selectable("\(user.name)\(email) · \(user.status)", selected: index == g.matchCursor))
                }
                lines.append(.selectable("+ New guest “\(g.name.text.trimmingCharacters(in: .whitespaces))”", selected: g.matchCursor >= matches.count))
            }
            status()
            return ("Guest PIN · who", lines)
        case .entrances:
            lines.append(.text("For \(whoWords). A Latch PIN opens exactly one entrance;"))
            lines.append(.text("choose two (Space) and the guest gets one PIN for each."))
            let rows = g.entrances ?? []
            let window = 8
            let first = min(max(g.entranceCursor - window / 2, 0), max(rows.count - window, 0))
            for (index, row) in rows.enumerated().dropFirst(first).prefix(window) {
                let mark = g.chosenEntrances.contains(row.id) ? "[x]" : "[ ]"
                lines.append(.selectable("\(mark) \(row.name) · \(row.doorType)", selected: index == g.entranceCursor))
            }
            if g.chosenEntrances.count > 1 {
                lines.append(.text("\(g.chosenEntrances.count) entrances chosen: \(g.chosenEntrances.count) PINs, one per entrance."))
            }
            problem(.entrances)
            status()
            return ("Guest PIN · which entrance", lines)
        case .when:
            lines.append(.text("When may \(g.guest?.name ?? "the guest") come? Times in \(g.time.label); an end is required."))
            for window in GuestWindow.allCases {
                let times = window.range(from: now, time: g.time).map { "  " + g.time.format(from: $0.0, to: $0.1) } ?? ""
                lines.append(.selectable(window.label.padding(toLength: 26, withPad: " ", startingAt: 0) + times, selected: window == g.window))
            }
            problem(.window)
            if g.window == .typed {
                lines.append(.field("Starts", g.startText, focused: g.whenFocus == .start))
                problem(.start)
                lines.append(.field("Ends", g.endText, focused: g.whenFocus == .end))
                problem(.end)
                lines.append(.dim("Type YYYY-MM-DD HH:MM; Tab moves between the fields."))
            }
            status()
            return ("Guest PIN · when", lines)
        case .review:
            let doors = g.chosenEntranceRows.map(\.name)
            lines.append(.text(doors.count == 1 ? "A PIN for \(whoWords)" : "\(doors.count) PINs, one per entrance, for \(whoWords)"))
            lines.append(.text("at " + doors.joined(separator: ", ")))
            if let starts = g.startsAt, let ends = g.endsAt {
                lines.append(.text("Times: \(g.time.format(from: starts, to: ends)) (\(g.time.label))."))
            }
            lines.append(.dim("Latch makes the 7 digits. They are shown once, then masked like every PIN."))
            status()
            return ("Guest PIN · review", lines)
        case .creating, .reveal:
            if g.made.userCreated, let guest = g.guest { lines.append(.good("Added \(guest.name) to \(g.building?.name ?? "the building").")) }
            for pin in g.made.pins { lines.append(.good("PIN for \(pin.entranceName) created.")) }
            status()
            if g.failure != nil { lines.append(.dim("Enter tries again (what was made is kept); Esc leaves.")) }
            return ("Guest PIN · creating", lines)
        }
    }

    /// "Bob Plumber (a new guest)" or "Jane Doe".
    private var whoWords: String {
        switch guest.guest {
        case .new(let name, _)?: "\(name) (a new guest)"
        case .existing(let user)?: user.name
        case nil: "the guest"
        }
    }
}
