using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RahZendegi.Domain.Data;

/// <summary>
/// A set of default rows (<see cref="InstallDefaults"/>) once written. The mark stays when staff edit or delete those
/// rows, so a later start never writes them again over what staff decided.
/// </summary>
public class DefaultsWritten
{
    public required string Key { get; set; }
    public DateTime WrittenAt { get; set; }
}

internal sealed class DefaultsWrittenConfiguration : IEntityTypeConfiguration<DefaultsWritten>
{
    public void Configure(EntityTypeBuilder<DefaultsWritten> builder)
    {
        builder.HasKey(d => d.Key);
        builder.Property(d => d.Key).HasMaxLength(64);
    }
}
