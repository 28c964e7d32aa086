import Foundation
import SeamAPI

/// Everything that can change the console's state: input from the terminal, the passing of
/// time, and the answers of effects.
public enum ConsoleAction: Sendable {
    /// The console has just started (load the workspace and the systems).
    case start
    /// A key, paste or resize, with the instant it arrived (for flash messages).
    case input(InputEvent, at: Date)
    /// Time passed (flash expiry). Carries the instant so reducers never read a clock.
    case tick(Date)
    case workspaceLoaded(Workspace)
    case pageLoaded(PanePage, request: PageRequest, nextCursor: String?, at: Date)
    case pageFailed(request: PageRequest, ConsoleFailure, at: Date)
    case detailLoaded(DetailContent, generation: Int)
    /// Names of credential holders by user id (users that could not be read are left out).
    case holdersLoaded([String: String])
    case detailFailed(ConsoleFailure, generation: Int)
    case wizard(WizardAction)
    /// An answer about a front-desk operation (see Operations/).
    case operation(OperationAnswer)
}
