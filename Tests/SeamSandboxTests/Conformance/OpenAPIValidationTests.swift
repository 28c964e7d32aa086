import Foundation
import SeamSandbox
import Testing

/// Every route the sandbox serves answers what Seam's OpenAPI says (`seam-openapi.json`): a
/// session touching all of them (`EveryRouteSession`; the list comes from the running router,
/// so a new route cannot be forgotten) is recorded, and each 200 answer is validated by
/// `openapi-schema-validator` against the route's response schema with `$ref`s resolved from
/// the spec (its dangling `discriminator` mappings left out). Sandbox-only routes are checked
/// against the spec route whose answer they share.
@Suite(.serialized) struct OpenAPIValidationTests {
    static let suite = "OpenAPIValidationTests"

    @Test(.timeLimit(.minutes(10)))
    func everyRouteAnswersWhatTheSpecSays() async throws {
        guard let spec = PythonEnvironment.openAPIPath() else {
            try PythonEnvironment.unavailable("seam-openapi.json not found in spec/ (set KEYDESK_SEAM_OPENAPI)", suite: Self.suite)
        }
        let (python, venv) = try await PythonEnvironment.python(importing: ["openapi_schema_validator", "referencing"],
                                                                installing: ["openapi-schema-validator"], suite: Self.suite)
        defer { if let venv { try? FileManager.default.removeItem(atPath: venv) } }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("keydesk-openapi-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let delay = Duration.seconds(1)
        var options = TestSandbox.testOptions
        options.issueDelay = delay
        try await withSandbox(options) { sb in
            let session = RecordedSession(sb)
            try await EveryRouteSession.run(session, issueDelay: delay)
            let served = Set(sb.sandbox.routes.map(\.path))
            let unanswered = served.subtracting(session.answeredPaths).subtracting(EveryRouteSession.neverSucceeds.keys)
            #expect(unanswered.isEmpty, "routes the session never answered with a 200: \(unanswered.sorted())")
            let shapes = Dictionary(uniqueKeysWithValues: sb.sandbox.routes.compactMap { route in route.sharesAnswerWith.map { (route.path, $0) } })
            let specPaths = try Self.specPaths(spec)
            let unknown = served.filter { !specPaths.contains($0) && shapes[$0] == nil }
            #expect(unknown.isEmpty, "routes neither in the spec nor sharing a spec route's answer: \(unknown.sorted())")

            let exchanges = folder.appendingPathComponent("exchanges.json")
            try session.json(shapes: shapes).write(to: exchanges)
            let script = folder.appendingPathComponent("validate.py")
            try Self.validator.write(to: script, atomically: true, encoding: .utf8)
            let result = try await PythonSDKConformanceTests.run(python, [script.path, spec, exchanges.path], timeout: .seconds(300))
            #expect(result.status == 0, "responses that do not match the spec:\n\(result.output.suffix(6000))")
            #expect(result.output.contains("validated \(session.exchanges.count) responses, 0 failed"), "\(result.output.suffix(2000))")
        }
    }

    static func specPaths(_ spec: String) throws -> Set<String> {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: spec))) as? [String: Any]
        return Set(((object?["paths"] as? [String: Any]) ?? [:]).keys)
    }

    /// Validates each recorded answer against `paths[path][method].responses.200` (the POST
    /// operation where the route has no such verb), `$ref`s resolved from the spec, formats checked.
    static let validator = #"""
    import json, sys
    from openapi_schema_validator import OAS30ReadValidator, oas30_format_checker
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT4
    from jsonschema.exceptions import best_match

    spec_path, exchanges_path = sys.argv[1], sys.argv[2]
    spec = json.load(open(spec_path))

    # The spec's `discriminator` mappings name schemas it does not define
    # (`#/components/schemas/being_deleted`…); a discriminator only speeds up choosing a `oneOf`
    # branch, so without them each entry is still validated against exactly one branch.
    def drop_discriminators(node):
        if isinstance(node, dict):
            node.pop("discriminator", None)
            for value in node.values():
                drop_discriminators(value)
        elif isinstance(node, list):
            for value in node:
                drop_discriminators(value)
    drop_discriminators(spec)
    exchanges = json.load(open(exchanges_path))
    registry = Registry().with_resource("urn:seam", Resource.from_contents(spec, default_specification=DRAFT4))

    def pointer(path, method):
        escaped = path.replace("~", "~0").replace("/", "~1")
        return "urn:seam#/paths/%s/%s/responses/200/content/application~1json/schema" % (escaped, method)

    validators = {}
    failed = 0
    for exchange in exchanges:
        path = exchange.get("shape_of") or exchange["path"]
        method = exchange["method"].lower()
        operations = spec["paths"].get(path)
        if operations is None:
            print("FAIL %s %s: not a path of the spec" % (exchange["method"], exchange["path"]))
            failed += 1
            continue
        if method not in operations:
            method = "post"
        key = (path, method)
        if key not in validators:
            validators[key] = OAS30ReadValidator({"$ref": pointer(path, method)}, registry=registry, format_checker=oas30_format_checker)
        error = best_match(validators[key].iter_errors(exchange["body"]))
        if error is not None:
            failed += 1
            where = "/".join(str(p) for p in error.absolute_path)
            print("FAIL %s %s at %s: %s" % (exchange["method"], exchange["path"], where or "(top)", error.message[:400]))
    print("validated %d responses, %d failed" % (len(exchanges), failed))
    sys.exit(1 if failed else 0)
    """#
}
