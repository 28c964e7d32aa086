/// The `include` / `exclude` lists of a `get_related` route: which kinds of related resource
/// the `batch` holds (all the route knows, unless told otherwise).
struct RelatedKinds {
    private let included: Set<String>

    init(_ params: Params, allowed: [String]) throws {
        let include = try params.stringArray("include")
        let exclude = try params.stringArray("exclude") ?? []
        for (name, list) in [("include", include ?? []), ("exclude", exclude)] {
            if let unknown = list.first(where: { !allowed.contains($0) }) {
                throw params.error(name, "Invalid enum value. Expected \(allowed.map { "'\($0)'" }.joined(separator: " | ")), received '\(unknown)'")
            }
        }
        included = Set(include ?? allowed).subtracting(exclude)
    }

    func wants(_ kind: String) -> Bool { included.contains(kind) }
}
