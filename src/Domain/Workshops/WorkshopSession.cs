using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RahZendegi.Domain.Workshops;

/// <summary>One meeting of a workshop; a one-day event has one.</summary>
public class WorkshopSession
{
    public int Id { get; set; }
    public int WorkshopId { get; set; }
    public DateTime StartsAt { get; set; }
    public DateTime EndsAt { get; set; }
}

internal sealed class WorkshopSessionConfiguration : IEntityTypeConfiguration<WorkshopSession>
{
    public void Configure(EntityTypeBuilder<WorkshopSession> builder)
    {
        builder.HasIndex(s => new { s.WorkshopId, s.StartsAt });
    }
}
