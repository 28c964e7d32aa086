import Foundation

/// The `large` seed for performance work: 10 buildings, 20 doors each, 2,100 residents each
/// (21,000 users and identities) with 5 credentials each (105,000 credentials). Even-numbered
/// towers have a credential manager (the 2024 flow), odd ones none (Seam's current flow).
enum LargeSeed {
    static let buildings = 10
    static let doorsPerBuilding = 20
    static let residentsPerBuilding = 2_100
    static let credentialsPerResident = 5

    static func build(into s: inout SeedBuilder) throws {
        var clock = s.now - 365 * SeedBuilder.day
        func tick() -> Int64 { clock += 10; return clock }
        let zones = ["America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles", "America/Phoenix"]
        for b in 0..<buildings {
            let systemID = try s.system(name: "Tower \(b + 1)", timeZone: zones[b % zones.count], createdAt: tick())
            if b % 2 == 0 {
                let managerID = try s.system(name: "Tower \(b + 1) Mobile Access", timeZone: zones[b % zones.count], createdAt: tick(),
                                             manager: true, compatibleWith: systemID)
                try s.setDefaultManager(building: systemID, manager: managerID)
            }
            var doors: [String] = []
            for d in 0..<doorsPerBuilding {
                let isUnit = d >= 4
                doors.append(try s.entrance(system: systemID, name: isUnit ? "Floor \(d - 3) Doors" : ["Main Entrance", "Garage", "Gym", "Roof"][d],
                                            doorType: isUnit ? "unit" : "building_entrance", accessibility: isUnit ? "private" : "common_area", createdAt: tick()))
            }
            for r in 0..<residentsPerBuilding {
                let name = "Resident \(b + 1)-\(r + 1)"
                let email = "resident.\(b + 1).\(r + 1)@tower\(b + 1).example.com"
                let phone = "+1646\(String(format: "%02d", b))\(String(format: "%05d", r))"
                let identityID = try s.identity(fullName: name, email: email, phone: phone, createdAt: tick())
                let userID = try s.user(system: systemID, identity: identityID, fullName: name, email: email, phone: phone, createdAt: tick())
                for k in 0..<credentialsPerResident {
                    let mobile = k != credentialsPerResident - 1
                    let entrances = mobile ? [doors[0], doors[4 + (r + k) % (doorsPerBuilding - 4)]] : [doors[1]]
                    _ = try s.credential(system: systemID, user: userID, method: mobile ? "mobile_key" : "code", entrances: entrances,
                                         displayName: mobile ? "Multi Phone Sync Credential" : "Garage",
                                         startsAt: s.now - 30 * SeedBuilder.day, endsAt: s.now + 365 * SeedBuilder.day, createdAt: tick())
                }
            }
        }
    }
}
