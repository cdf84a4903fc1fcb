using System.Globalization;

namespace RahZendegi.LoadTest;

/// <summary>Results as Markdown tables.</summary>
public static class Report
{
    public static void Table(TextWriter output, IEnumerable<WorkloadResult> results)
    {
        output.WriteLine("| workload | users | updates/s | reply p50 ms | reply p99 ms | delivery p99 ms | CPU ms/update | peak RSS MB | peak private MB | notes |");
        output.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        foreach (var r in results)
        {
            var delivery = r.DeliveryP99 > TimeSpan.Zero ? r.DeliveryP99.TotalMilliseconds.ToString("N1", CultureInfo.InvariantCulture) : "";
            output.WriteLine(Invariant(
                $"| {r.Workload} | {r.Users:N0} | {r.UpdatesPerSecond:N0} | {r.P50.TotalMilliseconds:N1} | {r.P99.TotalMilliseconds:N1} | {delivery} | {r.CpuMsPerUpdate:N3} | {Mb(r.PeakWorkingSet)} | {Mb(r.PeakPrivate)} | {r.Notes} |"));
        }
    }

    /// <summary>Each row with a baseline as multiples of the baseline bot's figures in the same run (× 1 = as cheap or fast).</summary>
    public static void Ratios(TextWriter output, IEnumerable<WorkloadResult> results)
    {
        output.WriteLine("| workload, × the baseline bot | updates/s | reply p50 | reply p99 | delivery p99 | CPU ms/update | peak RSS |");
        output.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var r in results.Where(r => r.Baseline is not null))
        {
            var b = r.Baseline!;
            output.WriteLine(Invariant(
                $"| {r.Workload} | {Ratio(r.UpdatesPerSecond, b.UpdatesPerSecond)} | {Ratio(r.P50.TotalMilliseconds, b.P50.TotalMilliseconds)} | {Ratio(r.P99.TotalMilliseconds, b.P99.TotalMilliseconds)} | {Ratio(r.DeliveryP99.TotalMilliseconds, b.DeliveryP99.TotalMilliseconds)} | {Ratio(r.CpuMsPerUpdate, b.CpuMsPerUpdate)} | {Ratio(r.PeakWorkingSet, b.PeakWorkingSet)} |"));
        }
    }

    private static string Ratio(double value, double baseline) =>
        baseline > 0 && value > 0 ? (value / baseline).ToString("N2", CultureInfo.InvariantCulture) : "";

    public static void Memory(TextWriter output, IEnumerable<MemorySample> samples)
    {
        output.WriteLine("| minute | working set MB | private MB | replies so far |");
        output.WriteLine("| ---: | ---: | ---: | ---: |");
        foreach (var s in samples)
        {
            output.WriteLine(Invariant($"| {s.At.TotalMinutes:N1} | {Mb(s.WorkingSet)} | {Mb(s.Private)} | {s.Replies:N0} |"));
        }
    }

    private static string Mb(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("N0", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
