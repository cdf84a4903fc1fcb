using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RahZendegi.Domain.Counseling;

// A nationwide day off; Date is the day in Tehran's calendar (stored as its Gregorian date).
public class OfficialHoliday
{
    public int Id { get; set; }
    public DateOnly Date { get; set; }
    public required string Name { get; set; }
}

internal sealed class OfficialHolidayConfiguration : IEntityTypeConfiguration<OfficialHoliday>
{
    public void Configure(EntityTypeBuilder<OfficialHoliday> builder)
    {
        builder.Property(h => h.Name).HasMaxLength(200);

        // One row per day: two names for the same day would be one holiday anyway.
        builder.HasIndex(h => h.Date).IsUnique();
    }
}
