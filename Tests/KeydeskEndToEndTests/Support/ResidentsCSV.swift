import Foundation

/// Residents files for the import's end-to-end tests, shaped as a property-management system
/// exports them: its own header names, columns keydesk does not use, quoted names with commas.
enum ResidentsCSV {
    /// `count` residents of the demo seed's two buildings, one mobile key each (every seventh a PIN).
    static func pmsExport(count: Int, prefix: String) -> (text: String, emails: [String]) {
        var lines = ["Tenant ID,\"Resident Name\",E-mail Address,Mobile Phone,Property,Unit,Doors,Move-In Date,Lease End Date,Key Type,Balance"]
        var emails: [String] = []
        for index in 0..<count {
            let email = "\(prefix).\(index)@example.com"
            emails.append(email)
            let building = index % 2 == 0 ? "Maple Court" : "Harbor Lofts"
            let unit = ["101", "102", "201", "202", "301", "302"][index % 6]
            let pin = index % 7 == 3
            let doors = pin ? "Main Entrance" : "Main Entrance;Unit \(unit);Fitness Center"
            lines.append("T\(1000 + index),\"Tester, Resident \(index)\",\(email),,\(building),\(unit),\(doors),2026-01-01,2099-12-31,\(pin ? "PIN" : "mobile_key"),\"$1,200.00\"")
        }
        return (lines.joined(separator: "\r\n") + "\r\n", emails)
    }

    /// Expected entrance names of `pmsExport`'s resident `index`.
    static func doors(of index: Int) -> Set<String> {
        let unit = ["101", "102", "201", "202", "301", "302"][index % 6]
        return index % 7 == 3 ? ["Main Entrance"] : ["Main Entrance", "Unit \(unit)", "Fitness Center"]
    }
}
