/// `keydesk info` when sudo started keydesk as the service account: the service account's
/// paths, the member of staff sudo names, and what their roster entry gives them (profile,
/// buildings, read-only), or why they would be refused.
extension KeydeskInfo {
    public static func gather(version: String, session: ServiceSession, flags: ConnectionFlags, audit: AuditDestination? = nil) -> KeydeskInfo {
        let paths = session.paths
        let staff = row("staff", "\(session.staffLogin) (named by sudo), served as \(session.serviceAccount)")
        do {
            let config = try KeydeskConfig.load(from: paths.configFile)
            let access = try StaffAccess.decide(for: session, config: config, flags: flags)
            let report = gather(version: version, paths: paths, flags: access.flags, environment: [:], audit: audit)
            let buildings = row("buildings", access.member.buildings?.joined(separator: ", ") ?? "every building of the profile")
            return KeydeskInfo(lines: report.lines + [staff, buildings], problem: report.problem)
        } catch {
            return KeydeskInfo(lines: pathLines(version: version, paths: paths, audit: audit) + [staff, row("problem", error.message)],
                               problem: error)
        }
    }
}
