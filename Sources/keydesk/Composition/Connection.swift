import ConsoleCore
import ConsoleServices
import Foundation
import SeamAPI
import SeamSandbox

/// What the console talks to: the API client, how to describe it, and the embedded sandbox
/// when there is one (it lives as long as the console).
struct Connection {
    let client: SeamClient
    let info: ConnectionInfo
    let sandbox: RunningSandbox?
    /// How often the console asks for new events (the profile's `activity_interval`); nil: never.
    var activityInterval: Duration? = ActivityFeed.defaultInterval

    /// Flags, environment and profiles, in the precedence of `ConnectionResolver`; with
    /// nothing configured, the embedded sandbox.
    static func resolve(flags: ConnectionFlags, paths: KeydeskPaths, environment: [String: String], sandboxData: String?) async throws -> Connection {
        let config = try KeydeskConfig.load(from: paths.configFile)
        return try await open(try ConnectionResolver.resolve(flags: flags, environment: environment, config: config),
                              paths: paths, sandboxData: sandboxData)
    }

    /// The client for `resolved`. For a member of staff (`member`, in service mode) every request
    /// passes their roster entry first (`StaffRequestGate`).
    static func open(_ resolved: ConsoleConnection, paths: KeydeskPaths, sandboxData: String?, member: StaffMember? = nil) async throws -> Connection {
        switch resolved {
        case .remote(let settings):
            let source: CredentialSource = switch settings.keySource {
            case .flag: .option("--api-key")
            case .environment: .environment("SEAM_API_KEY")
            case .environmentToken: .environment("SEAM_PERSONAL_ACCESS_TOKEN")
            case .profile(let name, let file): .profile(name: name, path: file)
            case .profileCommand(let name): .profile(name: name, path: nil)
            }
            var configuration = if let workspace = settings.workspaceID, settings.apiKey.revealedValue.hasPrefix("seam_at") {
                try SeamConfiguration(personalAccessToken: settings.apiKey.revealedValue, workspaceId: workspace,
                                      endpoint: settings.endpoint, source: source)
            } else {
                try SeamConfiguration(apiKey: settings.apiKey.revealedValue, endpoint: settings.endpoint, source: source)
            }
            configuration.logger = quietLogger("keydesk.seam-api")
            let host = URL(string: configuration.endpoint)?.host ?? configuration.endpoint
            return Connection(client: gated(configuration, for: member, readOnly: settings.readOnly),
                              info: ConnectionInfo(label: host, isSandbox: false, readOnly: settings.readOnly, profile: settings.profileName,
                                                   issuePath: settings.issuePath),
                              sandbox: nil, activityInterval: settings.activityInterval)
        case .embeddedSandbox(let readOnly):
            let sandbox = try await EmbeddedSandbox.start(dataDirectory: sandboxData ?? paths.sandboxDataDirectory)
            var configuration = try SeamConfiguration(apiKey: sandbox.apiKey, endpoint: sandbox.baseURL, source: .code)
            configuration.logger = quietLogger("keydesk.seam-api")
            return Connection(client: gated(configuration, for: member, readOnly: readOnly),
                              info: ConnectionInfo(label: "SANDBOX", isSandbox: true, readOnly: readOnly), sandbox: sandbox)
        }
    }

    /// A client for `configuration`, behind the roster entry of `member` when there is one.
    private static func gated(_ configuration: SeamConfiguration, for member: StaffMember?, readOnly: Bool) -> SeamClient {
        guard let member else { return SeamClient(configuration: configuration) }
        var gated = configuration
        gated.requestGate = StaffRequestGate(member: member, readOnly: readOnly, lookup: SeamClient(configuration: configuration))
        return SeamClient(configuration: gated)
    }
}
