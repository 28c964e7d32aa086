import CTestDefaults

/// The defaults the test process starts with (`Tests/CTestDefaults`): at most 8 tests at once
/// unless the caller set SWT_EXPERIMENTAL_MAXIMUM_PARALLELIZATION_WIDTH, because on 2 cores a
/// full run with every test at once is loaded enough for timing checks to fail (README, "Set up,
/// run, test").
public enum TestProcessDefaults {
    /// The parallelization width this run was given, as the environment says it.
    public static var parallelizationWidth: String? {
        keydesk_test_parallelization_width().map { String(cString: $0) }
    }
}
