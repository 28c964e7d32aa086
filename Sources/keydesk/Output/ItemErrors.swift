import ConsoleUI
import Foundation
import SeamAPI

/// Problems with one item of a command that works on several (ids to revoke, rows to import):
/// one line each on stderr, `keydesk: <item>: <message>`, or with `--json` one JSON object per
/// line, `{"error":{"id":…,"message":…}}`, so a script can read them.
struct ItemErrors {
    let json: Bool

    func report(_ item: String?, _ message: String) {
        if json {
            var error: [String: String] = ["message": message]
            if let item { error["id"] = item }
            StandardErrorLine.writeRaw(JSONLine.text(["error": error]))
        } else {
            StandardErrorLine.write(item.map { "\($0): \(message)" } ?? message)
        }
    }
}
