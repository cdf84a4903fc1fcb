using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RahZendegi.Domain.Membership;

public enum ProofKind { Photo, Document }

/// <summary>
/// A file a member sent to prove a claimed category: a photo, or a document (a PDF or an image sent as a file). The
/// messenger keeps the file; the panel copies its bytes here at the first view, through the bot that received it
/// (another bot's token cannot fetch it). Once staff decided on the claim and <see cref="MembershipOptions.ProofRetentionDays"/>
/// passed, housekeeping clears the bytes and every id and name of the file; the row stays, saying a proof was sent.
/// </summary>
public class CategoryProof
{
    public int Id { get; set; }
    public int MemberId { get; set; }
    public Member? Member { get; set; }

    /// <summary>The bot that received the file: only its token can fetch it.</summary>
    public required string BotName { get; set; }

    /// <summary>The messenger's id to fetch the file with; null once cleared.</summary>
    public string? FileId { get; set; }

    /// <summary>The same for every bot and over time (null for proofs kept before it was stored, and once cleared).</summary>
    public string? FileUniqueId { get; set; }

    public ProofKind Kind { get; set; }

    /// <summary>A document's name and type as the sender's app gave them; a photo has none.</summary>
    public string? FileName { get; set; }

    public string? ContentType { get; set; }

    public DateTime ReceivedAt { get; set; }

    /// <summary>The file's bytes, copied at the first view; null before it and once cleared.</summary>
    public byte[]? Content { get; set; }

    public DateTime? FetchedAt { get; set; }

    /// <summary>The decision this proof was seen for (Verified or Rejected); null while the claim waits.</summary>
    public CategoryStatus? Decision { get; set; }

    public DateTime? DecidedAt { get; set; }

    public string? RejectionReason { get; set; }

    /// <summary>When housekeeping removed the file; the decision stays.</summary>
    public DateTime? ClearedAt { get; set; }

    public bool IsCleared => ClearedAt is not null;

    /// <summary>The bytes the messenger gave, with the type they show, kept until housekeeping clears them.</summary>
    public void KeepFetched(byte[] content, string contentType, DateTime now) => (Content, ContentType, FetchedAt) = (content, contentType, now);
}

internal sealed class CategoryProofConfiguration : IEntityTypeConfiguration<CategoryProof>
{
    public void Configure(EntityTypeBuilder<CategoryProof> builder)
    {
        builder.Property(p => p.BotName).HasMaxLength(64);
        builder.Property(p => p.FileId).HasMaxLength(200);
        builder.Property(p => p.FileUniqueId).HasMaxLength(100);
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.FileName).HasMaxLength(200);
        builder.Property(p => p.ContentType).HasMaxLength(100);
        builder.Property(p => p.Decision).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.RejectionReason).HasMaxLength(300);
        builder.HasOne(p => p.Member).WithMany(m => m.Proofs).HasForeignKey(p => p.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.MemberId, p.ReceivedAt });

        // Housekeeping looks for decided proofs that still hold a file.
        builder.HasIndex(p => p.DecidedAt).HasFilter("\"ClearedAt\" IS NULL");
    }
}
