using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RahZendegi.Domain.Libraries;

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
