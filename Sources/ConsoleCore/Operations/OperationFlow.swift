import Foundation

/// An operation on its way: the end date being typed, the confirm dialog open, or the
/// request in flight. While it is set, keys go to it and not to the lists.
public enum OperationFlow: Sendable, Equatable {
    /// Fetching what the dialog must list (a user's credentials before deleting them).
    case preparing(String)
    /// Typing the new end of a credential or a grant.
    case editingEnd(EndDateEntry)
    /// Choosing which access method of a grant to remove (a lost phone).
    case choosingMethod(GrantTarget, methods: [MethodTarget], cursor: Int)
    /// The confirm dialog; focus starts on Cancel.
    case confirming(ConsoleOperation, focus: ConfirmFocus)
    /// Sent to the API, waiting for the answer.
    case running(ConsoleOperation)
}

/// Which button of the confirm dialog has focus.
public enum ConfirmFocus: Sendable, Equatable { case cancel, confirm }

/// The field where the new end of a credential or an Access Grant is typed, in the building's
/// time zone. A wrong date puts the error under the field and keeps what was typed.
public struct EndDateEntry: Sendable, Equatable {
    public let subject: EndDateSubject
    public let time: BuildingTime
    public var draft: TextDraft
    public var error: String?

    public init(subject: EndDateSubject, time: BuildingTime) {
        self.subject = subject
        self.time = time
        self.draft = TextDraft(subject.endsAt.map { time.format($0) } ?? "")
    }

    public init(credential: CredentialTarget, time: BuildingTime) {
        self.init(subject: .credential(credential), time: time)
    }

    /// The new end if the text is a valid one: a date and time, after the start and in the future.
    public func validated(now: Date) -> Result<Date, EndDateProblem> {
        guard let date = time.parse(draft.text) else {
            return .failure(EndDateProblem("Type the end as YYYY-MM-DD HH:MM (\(time.label))."))
        }
        if let start = subject.startsAt, date <= start {
            return .failure(EndDateProblem("The end must be after the start, \(time.format(start))."))
        }
        if date <= now {
            return .failure(EndDateProblem("The end must be in the future (now is \(time.format(now)))."))
        }
        return .success(date)
    }
}

/// Why a typed end date was refused, in words for the field.
public struct EndDateProblem: Error, Sendable, Equatable {
    public let message: String
    public init(_ message: String) { self.message = message }
}
