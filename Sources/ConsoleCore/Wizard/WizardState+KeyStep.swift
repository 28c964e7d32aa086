import Foundation

/// Step 5: entrances (filter, choose), start and end with presets, then the key itself.
extension WizardState {
    /// A key in step 5: Tab between entrances, start and end; Enter validates and reviews.
    mutating func keyStepKey(_ key: Key, now: Date) -> [WizardEffect] {
        let order: [KeyField] = [.entrances, .start, .end]
        let index = order.firstIndex(of: keyFocus) ?? 0
        switch key {
        case .tab: keyFocus = order[(index + 1) % order.count]; return []
        case .backTab: keyFocus = order[(index + order.count - 1) % order.count]; return []
        case .enter:
            let check = WizardValidation.key(chosen: chosenEntrances, start: startText.text, end: endText.text, time: time, now: now)
            fieldErrors = check.problems
            if check.problems.isEmpty { step = .review }
            return []
        default: break
        }
        switch keyFocus {
        case .entrances:
            let visible = visibleEntrances
            switch key {
            case .up: entranceCursor = max(entranceCursor - 1, 0)
            case .down: entranceCursor = min(entranceCursor + 1, max(visible.count - 1, 0))
            case .character("/"): isEditingEntranceFilter = true
            case .character(" "):
                guard visible.indices.contains(entranceCursor) else { break }
                let id = visible[entranceCursor].id
                if let at = chosenEntrances.firstIndex(of: id) { chosenEntrances.remove(at: at) } else { chosenEntrances.append(id) }
                fieldErrors[.entrances] = nil
            default:
                if entranceFilter.apply(key) { entranceCursor = 0 }
            }
        case .start, .end:
            let field: WizardField = keyFocus == .start ? .start : .end
            var draft = keyFocus == .start ? startText : endText
            switch key {
            case .up, .down:
                let presets = WizardPreset.allCases
                let texts = presets.map { time.format($0.date(from: now, time: time)) }
                let current = texts.firstIndex(of: draft.text)
                let next: Int = switch (key, current) {
                case (.down, let at?): (at + 1) % texts.count
                case (.up, let at?): (at + texts.count - 1) % texts.count
                default: 0
                }
                draft = TextDraft(texts[next])
            default:
                _ = draft.apply(key)
            }
            if keyFocus == .start { startText = draft } else { endText = draft }
            fieldErrors[field] = nil
        }
        return []
    }

    /// A key while the entrance filter is being edited; false when the key should be handled as
    /// usual (Tab and Shift-Tab leave the filter and move on).
    mutating func editEntranceFilter(_ key: Key) -> Bool {
        switch key {
        case .enter, .escape, .down:
            isEditingEntranceFilter = false
            return true
        case .tab, .backTab:
            isEditingEntranceFilter = false
            return false
        default:
            if entranceFilter.apply(key) { entranceCursor = 0 }
            return true
        }
    }

    mutating func createKey(now: Date) -> [WizardEffect] {
        guard let acsUserID = made.acsUserID else { return [] }
        let check = WizardValidation.key(chosen: chosenEntrances, start: startText.text, end: endText.text, time: time, now: now)
        guard check.problems.isEmpty, let starts = check.starts, let ends = check.ends else {
            fieldErrors = check.problems
            step = .key
            return []
        }
        step = .result
        failure = nil
        busy = "Creating the mobile key…"
        return [.createKey(serial: serial, acsUserID: acsUserID, entranceIDs: chosenEntrances, startsAt: starts, endsAt: ends)]
    }
}
