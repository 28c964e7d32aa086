import KeydeskTestSupport
import Testing

/// `swift test` alone (the README's command) runs at most 8 tests at once: the width is set
/// before Swift Testing starts, unless the caller chose one.
struct TestProcessDefaultsTests {
    @Test func theRunHasAParallelizationWidth() throws {
        let width = try #require(TestProcessDefaults.parallelizationWidth, "SWT_EXPERIMENTAL_MAXIMUM_PARALLELIZATION_WIDTH is not set")
        #expect((Int(width) ?? 0) > 0, "\(width)")
    }
}
