/// Reads `requested_access_methods` (`[{mode, code?, instant_key_max_use_count?}]`). A `code`
/// is refused as Latch generates PINs itself (LatchRules rule 1).
enum GrantRequestParser {
    static let modes = ["code", "card", "mobile_key", "cloud_key"]

    static func requests(_ params: Params) throws -> [GrantMutations.Request] {
        guard let items = try params.objectArray("requested_access_methods") else { throw params.missing("requested_access_methods") }
        if items.isEmpty { throw params.error("requested_access_methods", "Array must contain at least 1 element(s)") }
        return try items.map { item in
            let mode = try item.enumValue("mode", modes, required: true)!
            if item.isPresent("code") {
                throw item.error("code", "Latch generates the PIN code; you cannot request a specific code")
            }
            let maxUses = try item.int("instant_key_max_use_count", minimum: 1)
            return GrantMutations.Request(mode: mode, instantKeyMaxUseCount: maxUses)
        }
    }
}
