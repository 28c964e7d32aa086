import ConsoleCore

/// Draws a move-out over the main area: who, everything they hold by building with the choices
/// and the confirm buttons (Cancel focused first), then the job's per-item progress and result.
struct MoveOutView {
    var moveOut: MoveOutState
    typealias Line = FlowPanel.Line

    /// Draws into `rect`; returns where the hardware cursor belongs (on the focused button).
    @discardableResult
    func render(into grid: inout CellGrid, in rect: Rect) -> CursorPlacement? {
        let (title, lines) = content
        let inner = rect.inset(by: 1)
        guard case .choosing(let plan) = moveOut.phase, !plan.isEmpty, inner.height >= 3 else {
            FlowPanel(title: title, detail: "move-out", lines: lines).render(into: &grid, in: rect)
            return nil
        }
        // The list scrolls under the choices, the summary and the buttons, which always show.
        let fixed = choiceLines(plan)
        let room = max(inner.height - fixed.count - 1, 1)
        var shown = Array(lines.prefix(room))
        if lines.count > room { shown[room - 1] = .dim("… and \(lines.count - room + 1) more lines") }
        FlowPanel(title: title, detail: "move-out", lines: shown + Array(repeating: .text(""), count: max(room - shown.count, 0)) + fixed)
            .render(into: &grid, in: rect)
        return buttons(at: inner.maxY - 1, in: inner, into: &grid)
    }

    private var content: (String, [Line]) {
        let m = moveOut
        switch m.phase {
        case .finding(let text):
            return ("Move out", [.dim("Looking for “\(text)” among user identities and users of every building…")])
        case .picking(let people):
            var lines: [Line] = [.text("Several people match. Who is moving out?")]
            for (index, person) in people.enumerated() {
                let kind = person.identityID == nil ? "a user with no identity" : "user identity"
                lines.append(.selectable("\(person.described) · \(kind)", selected: index == m.pickCursor))
            }
            return ("Move out · who", lines)
        case .gathering(let person):
            return ("Move out \(person.name)", [.dim("Gathering what \(person.described) holds in every building…")])
        case .choosing(let plan):
            guard !plan.isEmpty else {
                return ("Move out \(plan.person.name)", [.good("\(plan.person.described) holds nothing any more: nothing is left to do.")])
            }
            return ("Move out \(plan.person.described)", [.heading("Holds \(plan.holdings):")] + holdings(plan))
        case .running(let plan):
            let done = m.results.filter { $0.outcome != nil }.count
            var lines: [Line] = [.heading("\(done) of \(m.results.count) done" + (m.stopRequested ? " · stopping after this one" : ""))]
            lines += results
            return ("Move out \(plan.person.name) · running", lines)
        case .finished(let plan):
            let tally = m.tally
            var summary = "\(tally.done) done"
            if tally.gone > 0 { summary += ", \(tally.gone) already gone" }
            if tally.failed > 0 { summary += ", \(tally.failed) FAILED" }
            let left = m.results.filter { $0.outcome == nil }.count
            if left > 0 { summary += ", \(left) not run (stopped)" }
            var lines: [Line] = [tally.failed > 0 || left > 0 ? .problem(summary + ".") : .good(summary + ".")]
            if tally.failed > 0 || left > 0 { lines.append(.text("r runs it again: it gathers afresh and finishes what is left.")) }
            lines += m.auditProblems.map { .problem("Audit log not written: " + $0) }
            lines += results
            return ("Move out \(plan.person.name) · result", lines)
        case .failed(let message, _):
            return ("Move out", [.problem("Failed: " + message), .dim("Enter asks again; Esc closes. Nothing has changed.")])
        }
    }

    /// Everything the person holds, building by building.
    private func holdings(_ plan: MoveOutPlan) -> [Line] {
        var lines: [Line] = []
        for building in plan.buildingIDs {
            lines.append(.text(moveOut.buildings[building] ?? building))
            for user in plan.users where user.systemID == building { lines.append(.dim("  ACS user \(user.name)")) }
            for credential in plan.credentials where credential.systemID == building {
                let name = credential.method == "PIN" ? " “\(credential.name)”" : ""
                lines.append(.text("  \(credential.method)\(name)"))
            }
        }
        if plan.identityExists, plan.person.identityID != nil { lines.append(.dim("User identity of \(plan.person.name)")) }
        return lines
    }

    /// The options, then what confirming does, in counts.
    private func choiceLines(_ plan: MoveOutPlan) -> [Line] {
        var lines: [Line] = moveOut.options.enumerated().map { index, option in
            .selectable("[\(moveOut.choices.isChosen(option) ? "x" : " ")] \(option.label)", selected: index == moveOut.optionCursor)
        }
        let summary = moveOut.choices.summary(for: plan)
        lines.append(summary.isEmpty ? .problem("Nothing chosen: Space chooses an option.") : .heading(summary + "."))
        return lines
    }

    /// Each item with its outcome so far.
    private var results: [Line] {
        moveOut.results.map { result in
            let what = result.item.described(buildings: moveOut.buildings)
            switch result.outcome {
            case nil: return moveOut.running?.item == result.item ? .text("[running…]   " + what) : .dim("[waiting]    " + what)
            case .done?: return .good("[done]       " + what)
            case .alreadyGone?: return .dim("[gone]       " + what + " (already)")
            case .failed(let message)?: return .problem("[FAILED]     \(what): \(message)")
            }
        }
    }

    private func buttons(at y: Int, in inner: Rect, into grid: inout CellGrid) -> CursorPlacement {
        let cancel = DisplayText(moveOut.focus == .cancel ? "[> Cancel <]" : "[  Cancel  ]")
        let confirm = DisplayText(moveOut.focus == .confirm ? "[> Move out <]" : "[  Move out  ]")
        let x = inner.x + max(0, (inner.width - cancel.width - 2 - confirm.width) / 2)
        grid.write(cancel, x: x, y: y, maxWidth: inner.maxX - x, style: moveOut.focus == .cancel ? CellStyle([.reverse, .bold]) : .plain)
        let confirmX = x + cancel.width + 2
        grid.write(confirm, x: confirmX, y: y, maxWidth: max(0, inner.maxX - confirmX),
                   style: moveOut.focus == .confirm ? CellStyle([.reverse, .bold]) : .plain)
        return CursorPlacement(column: moveOut.focus == .cancel ? x : confirmX, row: y, visible: false)
    }
}
