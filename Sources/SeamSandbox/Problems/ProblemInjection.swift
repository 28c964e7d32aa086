import GRDB

/// Puts a problem from `ProblemCatalog` on a resource at run time: the `…/simulate/add_problem`
/// routes and `keydesk sandbox --inject-problem RESOURCE_ID:CODE` (`SandboxOptions.injectedProblems`).
enum ProblemInjection {
    /// Adds `code` to the resource; 400 when the catalog has no such code for that kind.
    static func add(_ db: Database, _ resource: ProblemResource, id: String, code: String, message: String?, now: Int64) throws {
        _ = try db.require(resource.table, id)
        guard let entry = ProblemCatalog.entry(resource, code) else {
            let known = ProblemCatalog.entries(resource).map(\.code).joined(separator: ", ")
            throw SeamError.invalidInput(["code"], "Unknown \(resource.rawValue) problem '\(code)'; the sandbox knows \(known)")
        }
        if resource == .connectedAccount && code == "account_disconnected" && message == nil {
            try AccountDisconnection.disconnect(db, accountID: id, now: now)
            return
        }
        try Problems.add(db, resourceID: id, code: code, isError: entry.isError, message: message ?? entry.message, now: now)
    }

    /// The kind of resource `id` names, looked up in each table that carries problems.
    static func resource(of id: String, _ db: Database) throws -> ProblemResource? {
        for resource in ProblemResource.allCases where try Row.fetchOne(db, sql: resource.table.rowByID, arguments: [id]) != nil {
            return resource
        }
        return nil
    }

    /// `RESOURCE_ID:CODE` as given on the command line.
    static func inject(_ db: Database, _ problem: SandboxProblem, now: Int64) throws {
        guard let resource = try resource(of: problem.resourceID.lowercased(), db) else {
            throw SandboxStartError(description: "--inject-problem: no resource has id \(problem.resourceID)")
        }
        do {
            try add(db, resource, id: problem.resourceID.lowercased(), code: problem.code, message: nil, now: now)
        } catch let error as SeamError {
            throw SandboxStartError(description: "--inject-problem \(problem.resourceID):\(problem.code): \(error.message)")
        }
    }
}

/// A problem to put on a resource when the sandbox starts (`--inject-problem RESOURCE_ID:CODE`).
public struct SandboxProblem: Sendable, Equatable {
    public var resourceID: String
    public var code: String

    public init(resourceID: String, code: String) {
        self.resourceID = resourceID
        self.code = code
    }

    /// Reads `RESOURCE_ID:CODE`; nil when either part is missing.
    public init?(argument: String) {
        let parts = argument.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
        self.init(resourceID: parts[0], code: parts[1])
    }
}
