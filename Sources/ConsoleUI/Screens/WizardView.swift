public import ConsoleCore
import Foundation

/// Draws the mobile-key wizard over the main area: the step, its fields with their problems,
/// and what the wizard did so far. The keys that apply are in the footer (from the registry).
struct WizardView {
    var wizard: WizardState
    var now: Date
    typealias Line = FlowPanel.Line

    /// Draws the wizard into `rect`; returns the hardware cursor of the focused field, if any.
    @discardableResult
    func render(into grid: inout CellGrid, in rect: Rect) -> CursorPlacement? {
        let (title, lines) = content
        return FlowPanel(title: title, detail: wizard.building?.name ?? "choose a building", lines: lines).render(into: &grid, in: rect)
    }

    private var content: (String, [Line]) {
        let w = wizard
        var lines: [Line] = []
        func problem(_ field: WizardField) { if let message = w.fieldErrors[field] { lines.append(.problem("  ! " + message)) } }
        func status() {
            if let busy = w.busy { lines.append(.dim(busy)) }
            if let failure = w.failure { lines.append(.problem("Failed: " + failure)) }
        }
        let title: String
        switch w.step {
        case .building:
            title = "Issue a key · " + w.path.phrase
            lines.append(.text("Which building is the key for?"))
            for (index, row) in w.buildingChoices.enumerated() {
                lines.append(.selectable("\(row.name) (\(row.timeZone ?? "UTC"))", selected: index == w.buildingCursor))
            }
        case .resident:
            title = w.stepTitle("the resident")
            lines.append(.text("Type a name and Enter to search residents, or an email to add one."))
            lines.append(.field("Email", w.resident.email, placeholder: "name@example.com, or a name to search", focused: w.resident.focus == .email))
            problem(.email)
            for (index, match) in w.matchLines.enumerated().prefix(6) {
                lines.append(.selectable(match, selected: index == w.matchCursor))
            }
            lines.append(.field("Full name", w.resident.fullName, focused: w.resident.focus == .fullName))
            problem(.fullName)
            lines.append(.field("Phone", w.resident.phone, placeholder: "optional", focused: w.resident.focus == .phone))
            problem(.phone)
            lines.append(.dim("Phone is optional, E.164: +15555550100"))
            status()
        case .manager:
            title = w.stepTitle("credential manager")
            if let managers = w.managerNames, !managers.isEmpty {
                lines.append(.text("Several credential managers fit this building; choose one:"))
                for (index, manager) in managers.enumerated() {
                    lines.append(.selectable(manager, selected: index == w.managerCursor))
                }
            } else {
                lines.append(.text("Looking for the building's credential manager (buildings set up the older way have one)."))
            }
            status()
        case .enrollment:
            title = w.stepTitle("enrollment")
            lines.append(.text("Enrolling the resident with \(w.managerName ?? "the credential manager")."))
            status()
        case .acsUser:
            title = w.stepTitle("the building's user")
            lines.append(.text("Linking the building's user with \(w.resident.email.text), or creating it."))
            if w.withoutManager {
                lines.append(.dim("This building has no credential manager: no enrollment is needed (Seam's current Latch flow)."))
            }
            status()
        case .key:
            title = w.stepTitle(w.path == .accessGrants ? "the access" : "the mobile key")
            lines.append(.field(w.isEditingEntranceFilter ? "Entrances /" : "Entrances", w.entranceFilter,
                                placeholder: "type to filter, / for words with spaces", focused: w.keyFocus == .entrances))
            problem(.entrances)
            let visible = w.visibleEntrances
            let window = 7
            let first = min(max(w.entranceCursor - window / 2, 0), max(visible.count - window, 0))
            for (index, row) in visible.enumerated().dropFirst(first).prefix(window) {
                let mark = w.chosenEntrances.contains(row.id) ? "[x]" : "[ ]"
                lines.append(.selectable("\(mark) \(row.name) · \(row.doorType)", selected: w.keyFocus == .entrances && index == w.entranceCursor))
            }
            lines.append(.dim("\(w.chosenEntrances.count) chosen of \(w.entrances?.count ?? 0) · times in \(w.time.label)"))
            lines.append(.field("Starts", w.startText, focused: w.keyFocus == .start))
            problem(.start)
            lines.append(.field("Ends", w.endText, focused: w.keyFocus == .end))
            problem(.end)
            lines.append(.dim("Dates: Up/Down for now, tonight, +1 week, +1 month, or type YYYY-MM-DD HH:MM"))
            if w.path == .accessGrants {
                lines.append(.selectable("\(w.wantsPIN ? "[x]" : "[ ]") Mobile key and a PIN", selected: w.keyFocus == .pin))
                lines.append(.dim(pinNote(entrances: w.chosenEntrances.count)))
            }
            if w.withoutManager, w.path != .accessGrants {
                // Said where staff spend their time: the step before it lasts a moment.
                lines.append(.dim("No credential manager in this building: the key is issued the current way."))
            }
            status()
        case .review where w.path == .accessGrants:
            title = w.stepTitle("review")
            lines.append(.text("One Access Grant for \(w.resident.fullName.text) <\(w.resident.email.text)> in \(w.building?.name ?? "")"))
            let names = w.chosenEntranceNames
            lines.append(.text("opening \(names.count) entrance\(names.count == 1 ? "" : "s"): " + names.joined(separator: ", ")))
            lines.append(.text("from \(w.startText.text) to \(w.endText.text) (\(w.time.label))."))
            lines.append(.text("Methods: a Latch mobile key" + (w.wantsPIN ? " and a PIN." : " (no PIN).")))
            if w.wantsPIN { lines.append(.dim(pinNote(entrances: names.count))) }
            lines.append(.dim("Seam makes the building's user and the credentials behind the grant."))
            lines.append(.heading("Done so far"))
            lines += w.log.map { .dim("  " + $0) }
        case .review:
            title = w.stepTitle("review")
            lines.append(.text("A Latch mobile key (synced to every phone of the resident) for"))
            lines.append(.text("  \(w.resident.fullName.text) <\(w.resident.email.text)> in \(w.building?.name ?? "")"))
            let names = w.chosenEntranceNames
            lines.append(.text("opening \(names.count) entrance\(names.count == 1 ? "" : "s"): " + names.joined(separator: ", ")))
            lines.append(.text("from \(w.startText.text) to \(w.endText.text) (\(w.time.label))."))
            lines.append(.dim("Latch makes the PIN; none is asked for."))
            lines.append(.heading("Done so far"))
            lines += w.log.map { .dim("  " + $0) }
        case .result where w.path == .accessGrants:
            title = w.stepTitle("result")
            if let grantID = w.made.grantID, w.grant != nil {
                lines.append(.text("Access Grant \(grantID)"))
                if w.issued {
                    lines.append(.good("Issued: every method is live; the resident can unlock with the Latch app."))
                } else if w.followTimedOut {
                    lines.append(.problem("Not every method is issued after 30 s; Latch will finish them later."))
                }
                lines += w.grantMethodLines.map { .text("  • " + $0) }
                if !w.accessibleEntrances.isEmpty {
                    lines.append(.text("Opens: " + w.accessibleEntrances.joined(separator: ", ")))
                }
            }
            status()
            lines.append(.heading("What the wizard did"))
            lines += w.log.map { .dim("  " + $0) }
        case .result:
            title = w.stepTitle("result")
            if w.credential != nil, let credentialID = w.made.credentialID {
                lines.append(.text("Mobile key \(credentialID)"))
                if w.issued {
                    lines.append(.good("Issued: the resident can unlock with the Latch app."))
                } else if w.followTimedOut {
                    lines.append(.problem("Not issued yet after 30 s; Latch will finish it later."))
                }
                if !w.accessibleEntrances.isEmpty {
                    lines.append(.text("Opens: " + w.accessibleEntrances.joined(separator: ", ")))
                }
            }
            status()
            lines.append(.heading("What the wizard did"))
            lines += w.log.map { .dim("  " + $0) }
        case .leaving:
            title = "Leave the wizard?"
            lines.append(.text("These exist now because of the wizard:"))
            lines += w.made.summary.map { .text("  • " + $0) }
            status()
        }
        return (title, lines)
    }

    /// What a PIN means on Latch, for the number of entrances chosen.
    private func pinNote(entrances count: Int) -> String {
        count > 1 ? "A Latch PIN opens one entrance: Seam makes \(count) PINs, one per entrance."
                  : "A Latch PIN opens one entrance: Seam makes its 7-digit PIN."
    }
}
