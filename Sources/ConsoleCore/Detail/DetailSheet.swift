import Foundation
import SeamAPI

/// The detail pane as lines of words: the presentation of a `DetailContent`, built here so it
/// can be tested without a terminal, and drawn by the screen line by line.
public struct DetailSheet: Sendable, Equatable {
    /// One line of the sheet.
    public enum Line: Sendable, Equatable {
        /// A section heading ("Opens 3 entrances").
        case heading(String)
        /// A labelled value ("Ends", "2026-12-01 14:00").
        case field(String, String)
        /// A line of plain text (a list item).
        case text(String)
        /// A problem, spelled out ("ERROR: ..." / "WARNING: ...").
        case problem(String)
        case blank
    }

    public let title: String
    public let lines: [Line]

    public init(title: String, lines: [Line]) {
        self.title = title
        self.lines = lines
    }

    /// Builds the sheet for loaded content.
    /// - Parameters:
    ///   - time: the building's time zone for dates.
    ///   - revealsPIN: whether the PIN is shown or masked.
    public init(_ content: DetailContent, time: BuildingTime, now: Date, revealsPIN: Bool) {
        switch content {
        case let .system(system, managers, entranceCount, _, account):
            self = DetailSheet.system(system, managers: managers, entranceCount: entranceCount, account: account)
        case let .user(user, identity, credentials):
            self = DetailSheet.user(user, identity: identity, credentials: credentials, time: time, now: now)
        case let .entrance(entrance, credentials, owners):
            self = DetailSheet.entrance(entrance, credentials: credentials, owners: owners, time: time, now: now)
        case let .credential(credential, owner, entrances, copies, phoneNames):
            self = DetailSheet.credential(credential, owner: owner, entrances: entrances, copies: copies, phoneNames: phoneNames,
                                          time: time, now: now, revealsPIN: revealsPIN)
        case let .accessGrant(grant, identity, methods, entrances):
            self = DetailSheet.accessGrant(grant, identity: identity, methods: methods, entrances: entrances, time: time,
                                           revealsPIN: revealsPIN)
        }
    }

    /// Each problem in words: what it is, Seam's message and code, and what to do.
    static func problems(errors: [ResourceError], warnings: [ResourceWarning]) -> [Line] {
        Problem.list(errors: errors, warnings: warnings).flatMap { problem -> [Line] in
            let level = problem.severity == .error ? "ERROR" : "WARNING"
            return [.problem("\(level): \(problem.words). \(problem.message) (\(problem.code))"), .text("What to do: \(problem.advice)")]
        }
    }

    static func system(_ system: AcsSystem, managers: [AcsSystem], entranceCount: Int, account: ConnectedAccount?) -> DetailSheet {
        var lines: [Line] = [
            .field("Type", system.externalTypeDisplayName ?? system.systemTypeDisplayName ?? system.externalType ?? "—"),
            .field("Latch login", loginWords(account, system: system)),
            .field("Time zone", system.location?.timeZone ?? "not set (dates shown in UTC)"),
            .field("Users", system.acsUserCount.map(CountFormat.grouped) ?? "—"),
            .field("Entrances", CountFormat.grouped(entranceCount)),
            .field("System id", system.acsSystemId),
        ]
        lines += problems(errors: system.errors, warnings: system.warnings)
        lines.append(.blank)
        if managers.isEmpty {
            lines.append(.heading("No credential manager"))
            lines.append(.text("Mobile keys are issued the current way: identity, building user, key."))
        } else {
            lines.append(.heading(managers.count == 1 ? "Credential manager" : "Credential managers (\(managers.count))"))
            lines += managers.map { .text("• \($0.name)") }
        }
        return DetailSheet(title: system.name, lines: lines)
    }

    /// The building's connected account in words: which login, and whether it is connected.
    static func loginWords(_ account: ConnectedAccount?, system: AcsSystem) -> String {
        guard let account else { return system.connectedAccountId == nil ? "—" : "not loaded" }
        let who = account.userIdentifier?.email ?? account.userIdentifier?.username ?? account.displayName
        let disconnected = account.errors.contains { ["account_disconnected", "bridge_disconnected"].contains($0.errorCode.rawValue) }
        return disconnected ? "\(who): DISCONNECTED, reconnect it in Seam" : "\(who): connected"
    }

    static func user(_ user: AcsUser, identity: UserIdentity?, credentials: [AcsCredential], time: BuildingTime, now: Date) -> DetailSheet {
        var lines: [Line] = [
            .field("Email", user.emailAddress ?? user.email ?? "—"),
            .field("Phone", user.phoneNumber ?? "—"),
        ]
        // Changes Seam is still pushing to the building ("suspending…"): a suspension on its way
        // is the status until it lands, whatever `is_suspended` says meanwhile.
        let pending = user.pendingMutations.map(PendingChange.init)
        if let suspension = pending.first(where: { $0.code == "updating_suspension_state" }) {
            lines.append(.field("Status", "\(suspension.words) Seam is still applying it to the building"))
        } else {
            lines.append(.field("Status", user.isSuspended == true ? "SUSPENDED: cannot open any door" : "active"))
        }
        for change in pending where change.code != "updating_suspension_state" { lines.append(.field("On its way", change.words)) }
        if let schedule = user.accessSchedule {
            lines.append(.field("Access", "\(schedule.startsAt.map(time.format) ?? "now") → \(schedule.endsAt.map(time.format) ?? "no end")"))
        }
        if let identity {
            lines.append(.field("Identity", identity.fullName ?? identity.emailAddress ?? identity.displayName))
        } else {
            lines.append(.field("Identity", user.userIdentityId == nil ? "not linked to a user identity" : "linked"))
        }
        lines.append(.field("User id", user.acsUserId))
        lines += problems(errors: user.errors, warnings: user.warnings)
        lines.append(.blank)
        lines.append(.heading(credentials.isEmpty ? "No credentials" : "Credentials (\(credentials.count))"))
        for credential in credentials {
            let status = CredentialStatus(credential, now: now)
            let ends = credential.endsAt.map { "until \(time.format($0))" } ?? "no end"
            lines.append(.text("• \(CredentialRow.methodName(credential.accessMethod)), \(ends), \(status.word)"))
        }
        return DetailSheet(title: user.fullName ?? user.displayName, lines: lines)
    }

    static func entrance(_ entrance: AcsEntrance, credentials: [AcsCredential], owners: [String: String], time: BuildingTime, now: Date) -> DetailSheet {
        let latch = entrance.latchMetadata
        var lines: [Line] = [
            .field("Door", latch?.doorName ?? entrance.displayName),
            .field("Door type", EntranceRow.words(latch?.doorType) ?? "—"),
            .field("Access", EntranceRow.words(latch?.accessibilityType) ?? "—"),
            .field("Connected", latch?.isConnected.map { $0 ? "yes" : "NO: the door is offline" } ?? "—"),
            .field("Entrance id", entrance.acsEntranceId),
        ]
        lines += problems(errors: entrance.errors, warnings: entrance.warnings)
        lines.append(.blank)
        let live = credentials.filter {
            let status = CredentialStatus($0, now: now)
            return status != .expired
        }
        lines.append(.heading(live.isEmpty ? "Nobody can open this door" : "Who can open it (\(live.count))"))
        for credential in live {
            let who = credential.acsUserId.flatMap { owners[$0] } ?? credential.displayName
            let ends = credential.endsAt.map { "until \(time.format($0))" } ?? "no end"
            lines.append(.text("• \(who): \(CredentialRow.methodName(credential.accessMethod)), \(ends)"))
        }
        let expired = credentials.count - live.count
        if expired > 0 { lines.append(.text("(\(expired) expired not shown)")) }
        return DetailSheet(title: entrance.displayName, lines: lines)
    }

    static func credential(_ credential: AcsCredential, owner: AcsUser?, entrances: [AcsEntrance], copies: [AcsCredential],
                           phoneNames: [String: String] = [:], time: BuildingTime, now: Date, revealsPIN: Bool) -> DetailSheet {
        let status = CredentialStatus(credential, now: now)
        var lines: [Line] = [
            .field("Owner", owner.map { $0.fullName ?? $0.displayName } ?? credential.acsUserId ?? "—"),
            .field("Method", CredentialRow.methodName(credential.accessMethod)
                + (credential.isMultiPhoneSyncCredential == true ? ", multi-phone sync" : "")),
            .field("Starts", credential.startsAt.map(time.format) ?? "—"),
            .field("Ends", credential.endsAt.map(time.format) ?? "no end"),
            .field("Time zone", time.label),
            .field("Status", status.sentence),
        ]
        if let issuedAt = credential.issuedAt { lines.append(.field("Issued", time.format(issuedAt))) }
        if let code = credential.code {
            lines.append(.field("PIN", revealsPIN ? code : String(repeating: "•", count: code.count) + "  (p shows it)"))
        }
        lines.append(.field("Credential id", credential.acsCredentialId))
        lines += problems(errors: credential.errors, warnings: credential.warnings)
        lines.append(.blank)
        lines.append(.heading(entrances.isEmpty ? "Opens no entrance" : "Opens \(entrances.count) entrance\(entrances.count == 1 ? "" : "s")"))
        lines += entrances.map { .text("• \($0.displayName)") }
        if credential.isMultiPhoneSyncCredential == true {
            lines.append(.blank)
            lines.append(.heading(copies.isEmpty ? "On no phone yet (the resident has not signed in to the Latch app)"
                                                 : "On \(copies.count) phone\(copies.count == 1 ? "" : "s")"))
            for (index, copy) in copies.enumerated() {
                let issued = copy.issuedAt.map { ", issued \(time.format($0))" } ?? ""
                // The phone's name where Seam gave it ("Jane's iPhone"), else its place in the list.
                let phone = phoneNames[copy.acsCredentialId] ?? "phone \(index + 1)"
                lines.append(.text("• \(phone): \(CredentialStatus(copy, now: now).word)\(issued)"))
            }
        }
        let method = CredentialRow.methodName(credential.accessMethod)
        let title = owner.map { "\($0.fullName ?? $0.displayName) · \(method)" } ?? credential.displayName
        return DetailSheet(title: title, lines: lines)
    }
}
