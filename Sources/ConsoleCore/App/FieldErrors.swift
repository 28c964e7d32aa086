import SeamAPI

/// A field of a flow's form whose API parameters are known, so the API's validation errors
/// show beside the field they concern (`ends_at` → the End field).
public protocol FormField: Hashable, Sendable {
    /// API parameter names and the field each belongs to.
    static var apiParameters: [(String, Self)] { get }
}

/// A failed call of a flow (the wizard, the guest PIN): the message, and the API's validation
/// errors by field.
public struct FlowFailure<Field: FormField>: Error, Sendable, Equatable {
    public let message: String
    public let fieldErrors: [Field: String]
    /// The API answered 404: the resource, or the route itself, does not exist.
    public let isNotFound: Bool

    public init(message: String, fieldErrors: [Field: String] = [:], isNotFound: Bool = false) {
        self.message = message
        self.fieldErrors = fieldErrors
        self.isNotFound = isNotFound
    }

    public init(_ error: any Error) {
        guard let api = error as? SeamAPIError else {
            self.init(message: ConsoleFailure(error).message)
            return
        }
        var byField: [Field: String] = [:]
        for (parameter, field) in Field.apiParameters {
            if let first = api.validationMessages(for: parameter).first { byField[field] = first }
        }
        self.init(message: api.message, fieldErrors: byField, isNotFound: api.kind == .notFound)
    }
}
