/// The move-out's own reducer: its commands and the answers of its API work. The job runs one
/// item at a time: each answer records the item's outcome and asks for the next, so a failure
/// on one item never stops the others, and Stop waits for the item that runs.
extension MoveOutState {
    /// A command from the key registry.
    public mutating func perform(_ command: MoveOutCommand) -> MoveOutUpdate {
        switch (phase, command) {
        case (.picking(let people), .moveUp), (.picking(let people), .moveDown):
            pickCursor = min(max(pickCursor + (command == .moveDown ? 1 : -1), 0), max(people.count - 1, 0))
        case (.picking(let people), .press):
            guard people.indices.contains(pickCursor) else { break }
            return gather(people[pickCursor])
        case (.choosing, .moveUp), (.choosing, .moveDown):
            optionCursor = min(max(optionCursor + (command == .moveDown ? 1 : -1), 0), options.count - 1)
        case (.choosing, .toggle):
            choices.toggle(options[optionCursor])
        case (.choosing, .switchButton):
            focus = focus == .cancel ? .confirm : .cancel
        case (.choosing(let plan), .press):
            guard focus == .confirm else { return MoveOutUpdate(exit: .close) }
            return start(plan)
        case (.running, .stop):
            stopRequested = true
        case (.finished(let plan), .runAgain):
            return gather(plan.person)
        case (.failed(_, let retry), .press):
            phase = retry
            return MoveOutUpdate(effects: ask())
        case (_, .cancel):
            return MoveOutUpdate(exit: .close)
        default:
            break
        }
        return MoveOutUpdate()
    }

    /// An answer of the move-out's API work.
    public mutating func receive(_ answer: MoveOutAnswer) -> MoveOutUpdate {
        switch answer {
        case let .found(_, people, search):
            switch people.count {
            case 0: return MoveOutUpdate(exit: .closeSaying(.warning, "Nobody matches “\(search)”. Try part of the name, or select them in the Users pane and press O."))
            case 1: return gather(people[0])
            default:
                phase = .picking(people)
                pickCursor = 0
            }
        case let .gathered(_, plan):
            phase = .choosing(plan)
            focus = .cancel
            optionCursor = 0
        case let .removed(_, item, outcome, auditProblem):
            guard case .running(let plan) = phase, let index = results.firstIndex(where: { $0.item == item && $0.outcome == nil }) else { break }
            results[index].outcome = outcome
            if let auditProblem { auditProblems.append("\(item.described(buildings: buildings)): \(auditProblem)") }
            return MoveOutUpdate(effects: next(plan))
        case let .failed(_, message):
            phase = .failed(message, retry: phase)
        }
        return MoveOutUpdate()
    }

    /// Asks what the person holds now (a first run, or a run again after a partial one).
    private mutating func gather(_ person: MoveOutPerson) -> MoveOutUpdate {
        phase = .gathering(person)
        results = []
        stopRequested = false
        return MoveOutUpdate(effects: ask())
    }

    /// The API work of the phase that waits for it.
    private func ask() -> [MoveOutEffect] {
        switch phase {
        case .finding(let text): [.find(serial: serial, text: text)]
        case .gathering(let person): [.gather(serial: serial, person)]
        default: []
        }
    }

    /// Confirmed: the job's items, then the first one; nothing chosen (or nothing left) closes.
    private mutating func start(_ plan: MoveOutPlan) -> MoveOutUpdate {
        let items = choices.items(for: plan)
        guard !items.isEmpty else {
            return MoveOutUpdate(exit: .closeSaying(.info, plan.isEmpty ? "\(plan.person.name) holds nothing any more." : "Nothing was chosen; nothing changed."))
        }
        results = items.map { MoveOutResult(item: $0) }
        phase = .running(plan)
        return MoveOutUpdate(effects: next(plan))
    }

    /// The next item, or the end of the job.
    private mutating func next(_ plan: MoveOutPlan) -> [MoveOutEffect] {
        guard !stopRequested, let item = running?.item else {
            phase = .finished(plan)
            return []
        }
        return [.remove(serial: serial, item)]
    }
}
