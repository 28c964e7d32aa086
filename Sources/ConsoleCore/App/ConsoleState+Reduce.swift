import Foundation
import SeamAPI

extension ConsoleState {
    /// The console's reducer: applies one action at the instant `now` and returns the effects it
    /// calls for. Pure: it reads no clock and performs no I/O. Each action goes to the feature it
    /// concerns; a flash that changed gets its expiry timer here, in one place.
    public mutating func reduce(_ action: ConsoleAction, now: Date) -> [ConsoleEffect] {
        let flashBefore = flash
        var effects = route(action, now: now)
        effects += holderLookups() + grantLookups()
        if let flash, flash != flashBefore {
            effects.append(.after(.seconds(Flash.lifetime), .flashExpired, id: .flash))
        }
        return effects
    }

    private mutating func route(_ action: ConsoleAction, now: Date) -> [ConsoleEffect] {
        switch action {
        case .start:
            return [.call(.loadWorkspace, id: .workspace)] + ListPane.allCases.map { loadFirstPage($0) }
        case .input(let event):
            return handle(event, now: now)
        case .timer(let event):
            return fire(event, now: now)
        case .workspaceLoaded(let workspace):
            workspaceName = workspace.name
            return []
        case let .pageLoaded(page, request, nextCursor):
            return receive(page, request: request, nextCursor: nextCursor, now: now)
        case let .pageFailed(request, failure):
            return receiveFailure(failure, for: request, now: now)
        case let .detailLoaded(content, generation):
            receiveDetail(.loaded(content), generation: generation)
            return []
        case let .detailFailed(failure, generation):
            receiveDetail(.failed(failure.message), generation: generation)
            if failure.kind == .unauthorized, detail?.generation == generation { banner = failure.message }
            return []
        case .holdersLoaded(let names):
            learnHolders(names)
            return []
        case .grantsDescribed(let entrances):
            learnGrantEntrances(entrances)
            return []
        case .wizard(let answer):
            return receiveWizard(answer, now: now)
        case .operation(let answer):
            return receiveOperation(answer, now: now)
        case .auditProbed(let available):
            return receiveAuditProbe(available: available, now: now)
        case let .rowFollowed(row, target, attempt):
            return receiveFollowed(row, target: target, attempt: attempt)
        case let .auditLoaded(phase, generation):
            modals.update(\.audit, Modal.audit) { $0.receive(phase, generation: generation) }
            return []
        case .activity(let answer):
            return receiveActivity(answer, now: now)
        case .guest(let answer):
            return receiveGuest(answer, now: now)
        case .moveOut(let answer):
            return receiveMoveOut(answer, now: now)
        case .importScreen(let answer):
            return receiveImportScreen(answer)
        }
    }

    private mutating func fire(_ event: TimerEvent, now: Date) -> [ConsoleEffect] {
        switch event {
        case .flashExpired:
            if let flash, flash.expiresAt <= now { self.flash = nil }
            return []
        case let .filterPaused(pane, search):
            return searchAfterPause(pane, search: search)
        case let .followRow(target, attempt):
            return askAgain(target, attempt: attempt)
        case .probeAudit:
            return auditBanner == nil ? [] : [.call(.probeAudit, id: .auditProbe)]
        case .retryPage(let request):
            guard list(request.pane).generation == request.generation else { return [] }
            return [.call(.loadPage(request), id: .page(request.pane))]
        case .pollEvents:
            return pollEvents()
        case .importTick(let serial):
            return importTick(serial: serial)
        }
    }

    /// Turns one input event into state changes and effects.
    private mutating func handle(_ event: InputEvent, now: Date) -> [ConsoleEffect] {
        switch event {
        case let .resize(columns, rows):
            self.columns = columns
            self.rows = rows
            let height = listHeight
            for pane in ListPane.allCases { withList(pane) { $0.scrollToCursor(viewportHeight: height) } }
            return loadNextPageIfWanted(pane)
        case .hangup, .terminate:
            shouldQuit = true
            return []
        case .mouse:
            return []
        case .paste(let text):
            return paste(text, now: now)
        case .key(let key):
            return press(key, now: now)
        }
    }
}
