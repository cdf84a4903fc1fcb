using System.Globalization;

namespace RahZendegi.LoadTest;

/// <summary>Results as Markdown tables.</summary>
public static class Report
{
    public static void Table(TextWriter output, IEnumerable<WorkloadResult> results)
    {
        output.WriteLine("| workload | users | updates/s | p50 ms | p99 ms | CPU ms/update | peak working set MB | peak private MB | notes |");
        output.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        foreach (var r in results)
        {
            output.WriteLine(Invariant(
                $"| {r.Workload} | {r.Users:N0} | {r.UpdatesPerSecond:N0} | {r.P50.TotalMilliseconds:N1} | {r.P99.TotalMilliseconds:N1} | {r.CpuMsPerUpdate:N3} | {Mb(r.PeakWorkingSet)} | {Mb(r.PeakPrivate)} | {r.Notes} |"));
        }
    }

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
