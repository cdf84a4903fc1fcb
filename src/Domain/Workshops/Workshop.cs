using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RahZendegi.Domain.Libraries;
using RahZendegi.Domain.Membership;

namespace RahZendegi.Domain.Workshops;

public enum WorkshopKind { BusinessAndJobs, Empowerment, Children, LiteraryCircle, QuranicCircle, Other }

public enum WorkshopStatus { Published, Cancelled }

/// <summary>
/// A workshop, class or circle at a library: one or more sessions, a number of seats, a sign-up deadline.
/// <see cref="StartsAt"/> and <see cref="EndsAt"/> are the first session's start and the last one's end. They are
/// stored, not derived, so that lists, reminders and the panel filter in SQL; <see cref="Schedule"/> keeps them in step.
/// </summary>
public class Workshop
{
    /// <summary>The most seats staff may set: a library's largest hall, with room to spare.</summary>
    public const int MaxCapacity = 1000;

    public int Id { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public WorkshopKind Kind { get; set; }
    public int LibraryId { get; set; }
    public Library? Library { get; set; }
    public DateTime StartsAt { get; set; }
    public DateTime EndsAt { get; set; }
    public List<WorkshopSession> Sessions { get; set; } = [];
    public int Capacity { get; set; }
    public DateTime SignUpDeadline { get; set; }
    public WorkshopStatus Status { get; set; }

    /// <summary>Rials.</summary>
    public long BasePrice { get; set; }

    /// <summary>Groups this workshop is closed to, or prices differently; none: open to all at the general price.</summary>
    public List<WorkshopGroupTerm> GroupTerms { get; set; } = [];

    public bool IsOpenTo(MemberCategory group) => GroupTerms.FirstOrDefault(t => t.Category == group)?.Open ?? true;

    /// <summary>This group's own price in rials, replacing the base price and the general discount rules; null when those apply.</summary>
    public long? PriceFor(MemberCategory group) => GroupTerms.FirstOrDefault(t => t.Category == group && t.Open)?.PriceRials;

    /// <summary>The groups that may sign up, in the order the bot names them.</summary>
    public IReadOnlyList<MemberCategory> OpenGroups() => [.. MemberCategoryNames.All.Select(c => c.Category).Where(IsOpenTo)];

    public bool IsOpenToAll => GroupTerms.All(t => t.Open);

    /// <summary>Replaces the sessions and moves <see cref="StartsAt"/>/<see cref="EndsAt"/> with them.</summary>
    public void Schedule(IEnumerable<(DateTime StartsAt, DateTime EndsAt)> sessions)
    {
        var ordered = sessions.OrderBy(s => s.StartsAt).ToList();
        if (ordered.Count == 0 || ordered.Any(s => s.EndsAt <= s.StartsAt))
        {
            throw new ArgumentException("A workshop needs at least one session, each ending after it starts.", nameof(sessions));
        }

        Sessions.Clear();
        Sessions.AddRange(ordered.Select(s => new WorkshopSession { StartsAt = s.StartsAt, EndsAt = s.EndsAt }));
        StartsAt = ordered[0].StartsAt;
        EndsAt = ordered.Max(s => s.EndsAt);
    }

    public bool IsOpenForSignUp(DateTime nowUtc) => Status == WorkshopStatus.Published && nowUtc < SignUpDeadline && nowUtc < StartsAt;
}

internal sealed class WorkshopConfiguration : IEntityTypeConfiguration<Workshop>
{
    public void Configure(EntityTypeBuilder<Workshop> builder)
    {
        builder.Property(w => w.Title).HasMaxLength(200);
        builder.Property(w => w.Description).HasMaxLength(2000);
        builder.Property(w => w.Kind).HasConversion<string>().HasMaxLength(32);

        // Published is also the CLR default, so rows written before the column existed read as published.
        builder.Property(w => w.Status).HasConversion<string>().HasMaxLength(16).HasDefaultValue(WorkshopStatus.Published);
        builder.HasOne(w => w.Library).WithMany().HasForeignKey(w => w.LibraryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(w => w.Sessions).WithOne().HasForeignKey(s => s.WorkshopId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(w => w.GroupTerms).WithOne().HasForeignKey(t => t.WorkshopId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(w => w.GroupTerms).AutoInclude();
        builder.HasIndex(w => w.StartsAt);
        builder.ToTable(t => t.HasCheckConstraint("CK_Workshop_Capacity", "\"Capacity\" >= 0"));
    }
}
