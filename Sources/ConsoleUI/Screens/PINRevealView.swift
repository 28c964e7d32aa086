import ConsoleCore
import Foundation

/// Shows the guest's new PINs once, large enough to read out over the phone: each PIN's digits
/// spaced in a heavy box, with its entrance and times. After it closes the flow forgets them.
struct PINRevealView {
    var guest: GuestState

    /// Rows one PIN takes: the box named by its entrance (3 rows), its times, its state, a blank.
    static let blockHeight = 6

    func render(into grid: inout CellGrid, in rect: Rect) {
        let pane = Pane(title: "Guest PIN · read it out now", focused: true, detail: DisplayText(guest.building?.name ?? ""))
        pane.render(into: &grid, in: rect)
        let inner = pane.contentRect(in: rect)
        guard inner.height >= 4, inner.width >= 20 else { return }
        let x = inner.x + 2
        let width = inner.width - 3
        var y = inner.y
        let count = guest.made.pins.count
        let who = guest.guest?.name ?? "the guest"
        grid.write(DisplayText(count == 1 ? "The PIN for \(who):" : "The \(count) PINs for \(who), one per entrance:"), x: x, y: y, maxWidth: width, style: .bold)
        y += 2
        let footerRows = 2 + (guest.made.auditProblems.isEmpty ? 0 : 1)
        for pin in guest.made.pins {
            let room = inner.maxY - footerRows - y
            if room >= Self.blockHeight {
                y = block(pin, x: x, y: y, width: width, into: &grid)
            } else if room >= 1 {
                grid.write(DisplayText("\(pin.entranceName): \(spaced(pin.code)) \(state(pin))"), x: x, y: y, maxWidth: width, style: .bold)
                y += 1
            }
        }
        var noteY = inner.maxY - footerRows
        if let problem = guest.made.auditProblems.first {
            grid.write(DisplayText("The audit log was not written: \(problem)"), x: x, y: noteY, maxWidth: width, style: CellStyle(.bold, role: .error))
            noteY += 1
        }
        grid.write("Shown once: after Enter it is masked like every PIN (p shows it", x: x, y: noteY, maxWidth: width, style: .dim)
        grid.write("in the credential's details).", x: x, y: noteY + 1, maxWidth: width, style: .dim)
    }

    /// One PIN: the digits in a box named by its entrance, its times and whether the building
    /// confirmed it.
    private func block(_ pin: GuestPIN, x: Int, y: Int, width: Int, into grid: inout CellGrid) -> Int {
        let digits = DisplayText(spaced(pin.code))
        let box = Rect(x: x, y: y, width: min(max(digits.width + 8, DisplayText(pin.entranceName).width + 8), width), height: 3)
        Pane(title: DisplayText(pin.entranceName), focused: true).render(into: &grid, in: box)
        grid.write(digits, x: box.x + (box.width - digits.width) / 2, y: box.y + 1, maxWidth: box.width - 2, style: CellStyle([.bold], role: .accent))
        if let starts = guest.startsAt, let ends = guest.endsAt {
            let times = "Works \(guest.time.format(from: starts, to: ends)), \(guest.time.label) time"
            grid.write(DisplayText(times), x: x, y: y + 3, maxWidth: width)
        }
        grid.write(DisplayText(state(pin)), x: x, y: y + 4, maxWidth: width, style: pin.issued ? CellStyle(role: .success) : .dim)
        return y + Self.blockHeight
    }

    /// "4   8   2   1   9   3   7": one digit at a time, as it is read out.
    private func spaced(_ code: String?) -> String {
        guard let code, !code.isEmpty else { return "not sent by the API: open the credential and press p" }
        return code.map(String.init).joined(separator: "   ")
    }

    private func state(_ pin: GuestPIN) -> String {
        if pin.issued { return "Issued: the building has it." }
        return guest.made.followTimedOut ? "Created, not yet confirmed by the building (it will be shortly)." : "Waiting for the building…"
    }
}
