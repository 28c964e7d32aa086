import ConsoleCore
import ConsoleServices
import ConsoleUI
import Foundation
import KeydeskTestSupport
import Testing

/// Stored text is untrusted (an API message, a resident's name, a hand-edited row): nothing
/// in any text column may reach a terminal as a control, an escape or a bidi override.
@Suite struct AuditExportHostileTextTests {
    /// ESC sequences, a C1 CSI, DEL, CR/LF, bidi overrides and isolates, a zero-width space,
    /// a line separator and a tag character.
    private static func hostile(_ name: String) -> String {
        "\(name)\u{1b}[2J\u{9b}31m\u{7f}\r\n\u{202e}evil\u{2066}\u{200b}\u{2028}\u{e0041}"
    }

    private static let invisibles: [Unicode.Scalar] = [
        "\u{1b}", "\u{9b}", "\u{7f}", "\r", "\u{202e}", "\u{2066}", "\u{200b}", "\u{2028}", "\u{e0041}",
    ]

    private func hostileLog(_ directory: TemporaryDirectory) throws -> AuditLog {
        let log = try AuditLog(path: directory.path + "/audit.sqlite")
        try log.record(AuditEntry(
            time: Date(timeIntervalSince1970: 1_800_000_000), host: Self.hostile("host"), osUser: Self.hostile("user"),
            sshClientAddress: Self.hostile("from"), profile: Self.hostile("profile"), endpoint: Self.hostile("endpoint"),
            kind: .record, action: Self.hostile("action"), resourceIDs: [Self.hostile("id")], detail: Self.hostile("detail"),
            outcome: .failed, errorMessage: Self.hostile("error"), seamRequestID: Self.hostile("request")))
        return log
    }

    @Test func theTableShowsEveryColumnWithItsControlsMadeVisible() throws {
        let directory = try TemporaryDirectory()
        let text = try AuditExport.output(log: try hostileLog(directory), since: nil, json: false, sanitize: Sanitizer.sanitize)
        #expect(text.split(separator: "\n").count == 2, "one header, one row: no line break got through")
        for scalar in Self.invisibles { #expect(!text.unicodeScalars.contains(scalar), "U+\(String(scalar.value, radix: 16))") }
        for column in ["host", "user", "from", "profile", "action", "id", "detail", "error", "request"] {
            #expect(text.contains("\(column)^[[2J"), "\(column) is shown, its ESC as ^[")
        }
    }

    @Test func jsonEscapesThemAndStillDecodesToTheStoredText() throws {
        let directory = try TemporaryDirectory()
        let text = try AuditExport.output(log: try hostileLog(directory), since: nil, json: true, sanitize: Sanitizer.sanitize)
        for scalar in Self.invisibles { #expect(!text.unicodeScalars.contains(scalar), "U+\(String(scalar.value, radix: 16))") }
        #expect(text.lowercased().contains(#"\u001b[2j"#))
        #expect(text.contains(#"\u009b31m"#))
        #expect(text.contains(#"\u007f"#))
        #expect(text.contains(#"\u202eevil\u2066\u200b\u2028\udb40\udc41"#))
        let array = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        let object = try #require(array.first)
        let columns = ["host": "host", "os_user": "user", "ssh_client_address": "from", "profile": "profile",
                       "endpoint": "endpoint", "action": "action", "detail": "detail", "error_message": "error",
                       "seam_request_id": "request"]
        for (key, name) in columns { #expect(object[key] as? String == Self.hostile(name), "\(key)") }
        #expect(object["resource_ids"] as? [String] == [Self.hostile("id")])
    }
}
