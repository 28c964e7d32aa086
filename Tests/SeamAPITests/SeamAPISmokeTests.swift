import Testing
@testable import SeamAPI

@Test func SeamAPIModuleLinks() {
    #expect(Bool(true))
}
