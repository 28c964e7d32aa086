import Testing
@testable import SeamSandbox

@Test func SeamSandboxModuleLinks() {
    #expect(Bool(true))
}
