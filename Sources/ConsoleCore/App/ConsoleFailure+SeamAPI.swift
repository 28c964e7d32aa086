import SeamAPI

extension ConsoleFailure {
    /// Classifies any error thrown by an API call the way the console reacts to it.
    public init(_ error: any Error) {
        if let described = error as? any ConsoleFailureDescribing {
            self = described.consoleFailure
            return
        }
        guard let error = error as? SeamAPIError else {
            self.init(.transient, "Unexpected problem: \(error).")
            return
        }
        let kind: Kind
        switch error.kind {
        case .unauthorized, .invalidConfiguration: kind = .unauthorized
        case .notFound: kind = .notFound
        default: kind = error.isTransient ? .transient : .rejected
        }
        self.init(kind, error.description)
    }
}
