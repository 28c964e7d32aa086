// How far a run may stray from the p90 thresholds committed in `Benchmarks/Thresholds/` before
// `swift package benchmark thresholds check` calls it a regression (exit 2). Without a tolerance
// the plugin compares strictly, and a timing on a shared 2-core machine never repeats exactly.
import Benchmark

/// The tolerances keydesk's benchmarks declare for their metrics, by what kind of figure each is.
public enum Tolerance {
    /// Times and rates (wall clock, throughput): ±50% at p90, the spread of runs on one 2-core
    /// machine while other work shares it. A regression that matters here is a multiple (a
    /// request per key, a full repaint per move), not a few per cent.
    public static var timing: BenchmarkThresholds { BenchmarkThresholds(relative: [.p90: 50]) }
    /// Memory (resident megabytes, peaks): ±25%.
    public static var memory: BenchmarkThresholds { BenchmarkThresholds(relative: [.p90: 25]) }
    /// Growth of the resident peak while a benchmark runs: ±150%. It swings with when the
    /// allocator hands memory back (22 to 59 MB for the same paginator walk), so only a growth
    /// of a different order (holding every page, not one) is a regression.
    public static var memoryGrowth: BenchmarkThresholds { BenchmarkThresholds(relative: [.p90: 150]) }
    /// Counts the code decides (bytes written, cells changed, rows loaded, allocations): ±5%,
    /// so a second repaint per move or a copy per row fails the check.
    public static var counted: BenchmarkThresholds { BenchmarkThresholds(relative: [.p90: 5]) }

    /// Thresholds for `metrics`: the built-in ones by their kind; custom metrics are counts unless
    /// named in `memory`.
    public static func thresholds(_ metrics: [BenchmarkMetric], memory memoryMetrics: [BenchmarkMetric] = [])
        -> [BenchmarkMetric: BenchmarkThresholds]
    {
        var thresholds: [BenchmarkMetric: BenchmarkThresholds] = [:]
        for metric in metrics {
            switch metric {
            case .wallClock, .cpuUser, .cpuSystem, .cpuTotal, .throughput:
                thresholds[metric] = timing
            case .peakMemoryResident, .peakMemoryVirtual:
                thresholds[metric] = memory
            case .peakMemoryResidentDelta:
                thresholds[metric] = memoryGrowth
            default:
                thresholds[metric] = memoryMetrics.contains(metric) ? memory : counted
            }
        }
        return thresholds
    }
}
