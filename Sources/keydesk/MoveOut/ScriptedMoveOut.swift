import ArgumentParser
import ConsoleCore
import ConsoleServices
import Foundation
import SeamAPI

/// `keydesk moveout`'s job: the console's move-out engine without its screen. `MoveOutRunner`
/// finds and gathers; the console's `MoveOutState` reducer, confirmed with the chosen options,
/// runs the items one at a time, so a failure on one item never stops the others, and a second
/// run gathers afresh and finishes only what is left.
struct ScriptedMoveOut {
    enum Mode { case dryRun, ask, run }

    let client: SeamClient
    let runner: MoveOutRunner
    let choices: MoveOutChoices
    let report: MoveOutReport
    let mode: Mode

    func run(email: String) async throws {
        let (plans, buildings) = try await gather(email)
        let items = plans.flatMap(choices.items(for:))
        for plan in plans { report.plan(plan, items: choices.items(for: plan), summary: choices.summary(for: plan), buildings: buildings, dryRun: mode == .dryRun) }
        if items.isEmpty {
            report.nothingLeft()
            return
        }
        switch mode {
        case .dryRun:
            report.dryRunEnd(items.count)
            return
        case .ask:
            guard MoveOutQuestion.confirmed(plans.map { choices.summary(for: $0) }.filter { !$0.isEmpty }) else {
                throw KeydeskCommandError("nothing was changed.", exitCode: .someFailed)
            }
        case .run:
            break
        }
        var tally = (done: 0, gone: 0, failed: 0)
        for plan in plans {
            let result = await remove(plan, buildings: buildings)
            tally = (tally.done + result.done, tally.gone + result.gone, tally.failed + result.failed)
        }
        report.summary(tally)
        if tally.failed > 0 { throw ExitCode.someFailed }
    }

    /// Everyone whose email it is (a user identity; ACS users without one), what each holds
    /// now, and the buildings' names. Nobody: exit 1, as an id that does not exist.
    private func gather(_ email: String) async throws -> ([MoveOutPlan], [String: String]) {
        do {
            let people = try await runner.find(email).filter { $0.email?.caseInsensitiveCompare(email) == .orderedSame }
            guard !people.isEmpty else {
                throw KeydeskCommandError("nobody has the email \(email) (no user identity or ACS user in any building).", exitCode: .someFailed)
            }
            let systems = try await client.acs.systems.list()
            let buildings = Dictionary(systems.map { ($0.acsSystemId, $0.name) }, uniquingKeysWith: { first, _ in first })
            var plans: [MoveOutPlan] = []
            for person in people { plans.append(try await runner.gather(person)) }
            return (plans, buildings)
        } catch let error as KeydeskCommandError {
            throw error
        } catch {
            throw KeydeskCommandError(api: error)
        }
    }

    /// One person's items through the console's reducer: confirmed, then each answer recorded
    /// and the next item asked for, until every item has its outcome.
    private func remove(_ plan: MoveOutPlan, buildings: [String: String]) async -> (done: Int, gone: Int, failed: Int) {
        var state = MoveOutState(serial: Date(), phase: .choosing(plan), buildings: buildings)
        state.choices = choices
        state.focus = .confirm
        var update = state.perform(.press)
        while let effect = update.effects.first {
            guard let answer = await runner.run(effect) else { break }
            if case let .removed(_, item, outcome, auditProblem) = answer {
                report.item(item, outcome, auditProblem: auditProblem, buildings: buildings)
            }
            update = state.receive(answer)
        }
        return state.tally
    }
}
