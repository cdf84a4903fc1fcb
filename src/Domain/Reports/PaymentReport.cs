using Microsoft.EntityFrameworkCore;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Payments;
using RahZendegi.Domain.Persian;

namespace RahZendegi.Domain.Reports;

/// <summary>A Jalali month, as the report's periods are counted.</summary>
public readonly record struct JalaliMonth(int Year, int Month) : IComparable<JalaliMonth>
{
    public static JalaliMonth Of(DateTime utc)
    {
        var day = JalaliDate.FromUtc(utc);
        return new(day.Year, day.Month);
    }

    /// <summary>«۱۴۰۵/۰۹», "1405-9", with any digits.</summary>
    public static bool TryParse(string? text, out JalaliMonth month)
    {
        var ok = JalaliDate.TryParse(PersianText.Normalize(text).Trim() + "/1", out var first);
        month = ok ? new(first.Year, first.Month) : default;
        return ok;
    }

    public JalaliMonth Next => Month == 12 ? new(Year + 1, 1) : new(Year, Month + 1);

    /// <summary>Its first instant: Tehran midnight of its first day.</summary>
    public DateTime StartUtc => JalaliDate.ToUtc(Year, Month, 1, TimeOnly.MinValue).Utc!.Value;

    /// <summary>«آذر ۱۴۰۵»</summary>
    public string Format() => JalaliDate.TryCreate(Year, Month, 1, out var first) ? $"{first.MonthName} {PersianNumber.FormatPlain(Year)}" : "";

    /// <summary>«۱۴۰۵/۰۹»</summary>
    public string FormatShort() => $"{PersianNumber.FormatPadded(Year, 4)}/{PersianNumber.FormatPadded(Month, 2)}";

    public int CompareTo(JalaliMonth other) => (Year, Month).CompareTo((other.Year, other.Month));
}

/// <summary>
/// The sums of the payments of one month, library, category and service. Every column is a sum over payment records:
/// <list type="bullet">
/// <item><see cref="Count"/>, <see cref="ListRials"/> and <see cref="ChargedRials"/> (what the person was asked to pay)
/// over the services that stand: every payment neither cancelled nor refunded;</item>
/// <item><see cref="PaidRials"/>: what paid payments brought in;</item>
/// <item><see cref="CommitteeRials"/>: the list value of what the committee pays for (waived, method Committee);</item>
/// <item><see cref="RefundedRials"/>: what refunded payments had brought in, owed or handed back.</item>
/// </list>
/// The rest of the list value, <see cref="LibraryDiscountRials"/>, is the discounts the libraries give.
/// </summary>
public sealed record PaymentReportLine(JalaliMonth Month, string Library, MemberCategory Category, PaymentFor Service,
    int Count, long ListRials, long ChargedRials, long PaidRials, long CommitteeRials, long RefundedRials)
{
    public long LibraryDiscountRials => ListRials - ChargedRials - CommitteeRials;

    public long OutstandingRials => ChargedRials - PaidRials;
}

public sealed record PaymentReportTotals(int Count, long ListRials, long ChargedRials, long PaidRials, long CommitteeRials, long RefundedRials)
{
    public long LibraryDiscountRials => ListRials - ChargedRials - CommitteeRials;

    public long OutstandingRials => ChargedRials - PaidRials;
}

/// <summary>What the charity paid for one group's services in each of <see cref="PaymentReportResult.Months"/>, in the same order.</summary>
public sealed record GroupSubsidy(MemberCategory Category, IReadOnlyList<long> CommitteeRials);

public sealed record PaymentReportResult(IReadOnlyList<JalaliMonth> Months, IReadOnlyList<PaymentReportLine> Lines, PaymentReportTotals Totals)
{
    /// <summary>The committee's share per group and month, for the groups it paid anything for.</summary>
    public IReadOnlyList<GroupSubsidy> Subsidy =>
    [
        .. Lines.Where(l => l.CommitteeRials > 0).Select(l => l.Category).Distinct().Order()
            .Select(c => new GroupSubsidy(c, [.. Months.Select(m => Lines.Where(l => l.Month == m && l.Category == c).Sum(l => l.CommitteeRials))])),
    ];
}

/// <summary>
/// The charity's report, from the payment records alone: per Jalali month of the service (the session, the workshop,
/// the day of joining), library, category the price was made for, and service. Nothing is priced again, so the report
/// reads what was really charged, whatever the prices and categories are today.
/// </summary>
public sealed class PaymentReport(AppDbContext db)
{
    /// <param name="libraries">The libraries to report on; null for all.</param>
    public async Task<PaymentReportResult> BuildAsync(JalaliMonth from, JalaliMonth to, IReadOnlyList<int>? libraries, CancellationToken cancellationToken)
    {
        var (fromUtc, untilUtc) = (from.StartUtc, to.Next.StartUtc);
        var names = await db.Libraries.AsNoTracking().ToDictionaryAsync(l => l.Id, l => l.Name, cancellationToken);
        var payments = await db.Payments.AsNoTracking()
            .Where(p => p.ServiceAt >= fromUtc && p.ServiceAt < untilUtc && (libraries == null || libraries.Contains(p.LibraryId)))
            .Select(p => new { p.LibraryId, p.Category, p.For, p.ServiceAt, p.Status, p.Method, p.ListRials, p.DueRials })
            .ToListAsync(cancellationToken);

        var lines = payments
            .GroupBy(p => (Month: JalaliMonth.Of(p.ServiceAt), p.LibraryId, p.Category, p.For))
            .Select(g =>
            {
                var standing = g.Where(p => p.Status is not (PaymentStatus.Cancelled or PaymentStatus.Refunded)).ToList();
                return new PaymentReportLine(g.Key.Month, names.GetValueOrDefault(g.Key.LibraryId, ""), g.Key.Category, g.Key.For,
                    standing.Count,
                    standing.Sum(p => p.ListRials),
                    standing.Sum(p => p.DueRials),
                    g.Where(p => p.Status == PaymentStatus.Paid).Sum(p => p.DueRials),
                    g.Where(p => p.Status == PaymentStatus.Waived && p.Method == PaymentMethod.Committee).Sum(p => p.ListRials - p.DueRials),
                    g.Where(p => p.Status == PaymentStatus.Refunded).Sum(p => p.DueRials));
            })
            .Where(l => l.Count > 0 || l.RefundedRials > 0)
            .OrderBy(l => l.Month).ThenBy(l => l.Library, StringComparer.Ordinal).ThenBy(l => l.Category).ThenBy(l => l.Service)
            .ToList();

        var totals = new PaymentReportTotals(lines.Sum(l => l.Count), lines.Sum(l => l.ListRials), lines.Sum(l => l.ChargedRials),
            lines.Sum(l => l.PaidRials), lines.Sum(l => l.CommitteeRials), lines.Sum(l => l.RefundedRials));
        var months = new List<JalaliMonth>();
        for (var month = from; month.CompareTo(to) <= 0; month = month.Next)
        {
            months.Add(month);
        }

        return new PaymentReportResult(months, lines, totals);
    }
}
