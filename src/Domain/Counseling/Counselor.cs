using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RahZendegi.Domain.Libraries;
using RahZendegi.Domain.Persian;

namespace RahZendegi.Domain.Counseling;

public enum Gender { Female, Male }

[Flags]
public enum CounselingTopic
{
    None = 0,
    Family = 1,
    Individual = 2,
    ChildAndAdolescent = 4,
    Educational = 8,
    CareerAndBusiness = 16,
}

public class Counselor
{
    public int Id { get; set; }
    public required string FullName { get; set; }
    public Gender Gender { get; set; }
    public CounselingTopic Specialties { get; set; }
    public int SessionMinutes { get; set; } = 45;
    public int GapMinutes { get; set; }

    /// <summary>Rials.</summary>
    public long BasePrice { get; set; }

    public bool Active { get; set; } = true;
    public List<WeeklyPlanEntry> WeeklyPlan { get; set; } = [];

    /// <summary>Takes details staff set; they must have passed <see cref="CounselorDetails.Check"/>.</summary>
    public void Apply(CounselorDetails details)
    {
        if (details.Check().Count > 0)
        {
            throw new ArgumentException("The counsellor's details break a rule; check them first.", nameof(details));
        }

        FullName = PersianText.Normalize(details.FullName).Trim();
        Gender = details.Gender;
        Specialties = details.Specialties;
        SessionMinutes = (int)details.SessionMinutes!.Value;
        GapMinutes = (int)details.GapMinutes!.Value;
        BasePrice = details.BasePriceRials!.Value;
        Active = details.Active;
    }

    /// <summary>
    /// Replaces the ranges staff may edit with <paramref name="ranges"/>, keeping those <paramref name="keep"/> says
    /// are outside their reach (other libraries' ranges, for a library operator).
    /// </summary>
    public void ReplacePlan(IEnumerable<WeeklyPlanEntry> ranges, Func<WeeklyPlanEntry, bool> keep)
    {
        WeeklyPlan.RemoveAll(e => !keep(e));
        WeeklyPlan.AddRange(ranges);
    }
}

/// <summary>One working time range on one weekday at one library.</summary>
public class WeeklyPlanEntry
{
    public int Id { get; set; }
    public int CounselorId { get; set; }
    public int LibraryId { get; set; }
    public Library? Library { get; set; }
    public DayOfWeek Day { get; set; }
    public TimeOnly Start { get; set; }
    public TimeOnly End { get; set; }

    /// <summary>The time the range offers; zero or less when it ends before it starts.</summary>
    public TimeSpan Length => EndOfRange(End) - Start.ToTimeSpan();

    /// <summary>
    /// Where a range ending at <paramref name="end"/> ends, counted from the start of its day: a range cannot cross
    /// midnight, so one ending at 00:00 runs to the midnight at its end, as staff mean by «تا ۰۰:۰۰».
    /// </summary>
    public static TimeSpan EndOfRange(TimeOnly end) => end == TimeOnly.MinValue ? TimeSpan.FromDays(1) : end.ToTimeSpan();

    /// <summary>The same weekday and a shared moment, at any library: a counsellor is in one place at a time.</summary>
    public bool Overlaps(WeeklyPlanEntry other) =>
        Day == other.Day && Start.ToTimeSpan() < EndOfRange(other.End) && other.Start.ToTimeSpan() < EndOfRange(End);
}

internal sealed class CounselorConfiguration : IEntityTypeConfiguration<Counselor>
{
    public void Configure(EntityTypeBuilder<Counselor> builder)
    {
        builder.Property(c => c.FullName).HasMaxLength(200);
        builder.Property(c => c.Gender).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Specialties).HasConversion<string>().HasMaxLength(200);
        builder.HasMany(c => c.WeeklyPlan).WithOne().HasForeignKey(e => e.CounselorId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class WeeklyPlanEntryConfiguration : IEntityTypeConfiguration<WeeklyPlanEntry>
{
    public void Configure(EntityTypeBuilder<WeeklyPlanEntry> builder)
    {
        builder.Property(e => e.Day).HasConversion<string>().HasMaxLength(16);
        builder.HasOne(e => e.Library).WithMany().HasForeignKey(e => e.LibraryId).OnDelete(DeleteBehavior.Restrict);
    }
}
