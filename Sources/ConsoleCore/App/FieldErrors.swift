import SeamAPI

/// Turns a failed API call into what a form shows: the message, and the API's validation errors
/// on the fields they concern (`ends_at` → the End field), so each sits beside its field.
enum FieldErrors {
    static func of<Field: Hashable>(_ error: any Error, fields: [(String, Field)]) -> (message: String, byField: [Field: String]) {
        guard let api = error as? SeamAPIError else { return (ConsoleFailure(error).message, [:]) }
        var byField: [Field: String] = [:]
        for (parameter, field) in fields {
            if let first = api.validationMessages(for: parameter).first { byField[field] = first }
        }
        return (api.message, byField)
    }
}
