using BenchmarkDotNet.Attributes;
using RahZendegi.Domain.Counseling;

namespace RahZendegi.Benchmarks;

// 50 counsellors × 3 libraries, each with 3–4 half-days a week per library, a 14-day horizon
// and 30 % of the slots booked at random (fixed seed, so every run measures the same data).
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 5)]
public class SlotFinderBenchmarks
{
    private const int Counselors = 50;
    private const int Libraries = 3;
    private const int HorizonDays = 14;

    private static readonly DateTime Now = new(2026, 5, 2, 4, 0, 0, DateTimeKind.Utc);

    private SlotQuery[][] queries = []; // [library][counselor]

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1405);
        var holidays = OfficialHolidays.FixedSolarHolidays(1405).Select(h => h.Date).ToArray();
        queries = new SlotQuery[Libraries][];
        for (var library = 0; library < Libraries; library++)
        {
            queries[library] = new SlotQuery[Counselors];
        }

        for (var c = 0; c < Counselors; c++)
        {
            var counselor = new SlotCounselor(c + 1, 45, 15, Plan(random));
            var free = new List<Slot>();
            for (var library = 0; library < Libraries; library++)
            {
                free.AddRange(SlotFinder.Find(Query(counselor, library + 1, holidays, [])));
            }

            UtcInterval[] taken = [.. free.Where(_ => random.NextDouble() < 0.3).Select(s => new UtcInterval(s.StartsAt, s.EndsAt))];
            for (var library = 0; library < Libraries; library++)
            {
                queries[library][c] = Query(counselor, library + 1, holidays, taken);
            }
        }
    }

    [Benchmark(Description = "Slot search: one counsellor at one library")]
    public int OneCounselorOneLibrary() => SlotFinder.Find(queries[0][0]).Count;

    [Benchmark(Description = "Slot search: first free slot among 50 counsellors at one library")]
    public Slot? FirstFreeSlotAcrossCounselors()
    {
        Slot? first = null;
        foreach (var query in queries[0])
        {
            var slot = SlotFinder.FindFirst(query);
            if (slot is { } found && (first is null || found.StartsAt < first.Value.StartsAt))
            {
                first = found;
            }
        }

        return first;
    }

    [Benchmark(Description = "Slot search: all free slots of 50 counsellors at one library")]
    public int AllSlotsAcrossCounselors()
    {
        var count = 0;
        foreach (var query in queries[0])
        {
            count += SlotFinder.Find(query).Count;
        }

        return count;
    }

    // Morning 08:00–12:00 or afternoon 15:00–19:00, on 3–4 distinct weekdays per library.
    private static PlanRange[] Plan(Random random)
    {
        var plan = new List<PlanRange>();
        var days = Enum.GetValues<DayOfWeek>().Where(d => d != DayOfWeek.Friday).ToArray();
        for (var library = 1; library <= Libraries; library++)
        {
            random.Shuffle(days);
            foreach (var day in days.Take(random.Next(3, 5)))
            {
                var morning = random.Next(2) == 0;
                plan.Add(new PlanRange(library, day, new TimeOnly(morning ? 8 : 15, 0), new TimeOnly(morning ? 12 : 19, 0)));
            }
        }

        return [.. plan];
    }

    private static SlotQuery Query(SlotCounselor counselor, int libraryId, DateOnly[] holidays, UtcInterval[] taken) => new()
    {
        Counselor = counselor,
        LibraryId = libraryId,
        From = Now,
        Notice = TimeSpan.FromHours(2),
        HorizonDays = HorizonDays,
        Holidays = holidays,
        Taken = taken,
    };
}
