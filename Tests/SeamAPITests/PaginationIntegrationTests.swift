import Foundation
import SeamAPI
import SeamSandbox
import Testing

@Suite struct PaginationIntegrationTests {
    @Test func paginatorYieldsEachOfOverAThousandItemsExactlyOnce() async throws {
        try await SandboxHarness.withSandbox(SandboxOptions(seed: .empty, issueDelay: .zero)) { harness in
            let identities = harness.client.userIdentities
            let total = 1_050
            let created = try await withThrowingTaskGroup(of: [String].self) { group in
                for batch in 0..<21 {
                    group.addTask {
                        var ids: [String] = []
                        for index in 0..<(total / 21) {
                            let number = batch * 1000 + index
                            let identity = try await identities.create(UserIdentityCreateParameters(
                                fullName: "Resident \(number)", emailAddress: "resident\(number)@example.com"))
                            ids.append(identity.userIdentityId)
                        }
                        return ids
                    }
                }
                return try await group.reduce(into: [String]()) { $0 += $1 }
            }
            #expect(created.count == total)

            var seen: [String] = []
            var pages = 0
            for try await page in identities.paginate(UserIdentityListParameters(limit: 100)) {
                pages += 1
                #expect(page.items.count <= 100)
                seen += page.items.map(\.userIdentityId)
            }
            #expect(pages == 11)
            #expect(seen.count == total)
            #expect(Set(seen) == Set(created))

            var itemCount = 0
            for try await _ in identities.paginate(UserIdentityListParameters(limit: 333)).items { itemCount += 1 }
            #expect(itemCount == total)
        }
    }
}
