import Foundation

/// Bodies of what Seam sends since the 2024 guide, built from the schemas of `seam-openapi.json`
/// (the shared reference).
extension Fixtures {
    /// `{"<key>": <value>, "ok": true}`, as every route answers.
    static func envelope(_ key: String, _ value: String, pagination: String? = nil) -> String {
        #"{"\#(key)": \#(value), "#
            + (pagination.map { #""pagination": \#($0), "# } ?? "") + #""ok": true}"#
    }

    /// A list body of `count` credentials in which the one at `oddIndex` has dates no parser reads.
    static func credentialPage(count: Int, oddIndex: Int) -> Data {
        var items: [String] = []
        for index in 0..<count {
            var item = credential.replacingOccurrences(
                of: "3a5e9a4e-1111-4f0a-9d55-0a1b2c3d4e5f", with: "cred-\(index)")
            if index == oddIndex {
                item = item.replacingOccurrences(of: #""2026-01-01T10:40:00Z""#, with: #""next Tuesday""#)
                    .replacingOccurrences(of: #""2026-02-01T10:40:00.000Z""#, with: "20260201")
            }
            items.append(item)
        }
        return Data(envelope("acs_credentials", "[" + items.joined(separator: ",") + "]",
                             pagination: #"{"has_next_page": false, "next_page_cursor": null, "next_page_url": null}"#).utf8)
    }
}
