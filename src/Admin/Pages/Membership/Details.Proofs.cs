using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using RahZendegi.Bot.Membership;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Staff;

namespace RahZendegi.Admin.Pages.Membership;

/// <summary>
/// The member's proofs, newest first, with the decision each was seen for. Only staff who may decide on the claim see
/// a proof's file; the page fetches a file it has not yet kept before it is shown, through the bot that received it,
/// so a failed fetch is a message and a «تلاش دوباره», never a broken image. Every serving of a file is audited.
/// </summary>
public partial class DetailsModel
{
    public IReadOnlyList<ProofView> Proofs { get; private set; } = [];

    /// <summary>Whoever may verify or reject this member's claim may see its proofs; no one else.</summary>
    public bool MaySeeProofs { get; private set; }

    public enum ProofState { Ready, Failed, Cleared }

    public sealed record ProofView(
        int Id, ProofKind Kind, string? FileName, DateTime ReceivedAt, CategoryStatus? Decision, DateTime? DecidedAt,
        string? RejectionReason, ProofState State);

    /// <summary>A proof's file, for an &lt;img&gt; or a download link; fetched now if the page could not keep it before.</summary>
    public async Task<IActionResult> OnGetProofAsync(int id, int proofId, CancellationToken cancellationToken)
    {
        if (await AccessAsync(id, cancellationToken) is { } denied)
        {
            return denied;
        }

        var proof = await db.CategoryProofs.SingleOrDefaultAsync(p => p.Id == proofId && p.MemberId == id, cancellationToken);
        if (proof is null || proof.IsCleared)
        {
            return NotFound();
        }

        if (proof.Content is null && !await FetchAsync(proof, cancellationToken))
        {
            return StatusCode(StatusCodes.Status502BadGateway, ProofPanelTexts.FetchFailed);
        }

        var note = new AuditNote("member-proof-viewed", $"member:{id}", $"proof:{proofId}");
        await audit.CommitAsync(scope.UserName, note, cancellationToken);

        // Personal data: not kept by the browser or a proxy, and never read as anything but the type its bytes show.
        Response.Headers.CacheControl = "no-store";
        Response.Headers.XContentTypeOptions = "nosniff";
        var type = proof.ContentType ?? FileSignatures.Unknown;
        return proof.Kind == ProofKind.Photo && FileSignatures.IsImage(type)
            ? File(proof.Content!, type)
            : File(proof.Content!, type, DownloadName(proof));
    }

    private async Task LoadProofsAsync(int memberId, int libraryId, CancellationToken cancellationToken)
    {
        MaySeeProofs = await scope.CanManageLibraryAsync(libraryId, cancellationToken);
        if (MaySeeProofs)
        {
            var unfetched = await db.CategoryProofs
                .Where(p => p.MemberId == memberId && p.ClearedAt == null && p.Content == null && p.FileId != null)
                .ToListAsync(cancellationToken);
            foreach (var proof in unfetched)
            {
                await FetchAsync(proof, cancellationToken);
            }
        }

        Proofs = await db.CategoryProofs.AsNoTracking().Where(p => p.MemberId == memberId)
            .OrderByDescending(p => p.ReceivedAt).ThenByDescending(p => p.Id)
            .Select(p => new ProofView(p.Id, p.Kind, p.FileName, p.ReceivedAt, p.Decision, p.DecidedAt, p.RejectionReason,
                // Not kept by now: the fetch just tried has failed.
                p.ClearedAt != null ? ProofState.Cleared : p.Content == null ? ProofState.Failed : ProofState.Ready))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Fetches the file once and keeps it on the row, committed with its audit entry; false when the messenger would not give it.</summary>
    private async Task<bool> FetchAsync(CategoryProof proof, CancellationToken cancellationToken)
    {
        if (await downloads.FetchAsync(proof.BotName, proof.FileId!, cancellationToken) is not { } fetched)
        {
            return false;
        }

        proof.KeepFetched(fetched.Content, fetched.ContentType, time.GetUtcNow().UtcDateTime);
        await audit.CommitAsync(scope.UserName, new AuditNote("member-proof-fetched", $"member:{proof.MemberId}", $"proof:{proof.Id}"), cancellationToken);
        return true;
    }

    private static string DownloadName(CategoryProof proof)
    {
        var extension = proof.ContentType switch
        {
            "application/pdf" => ".pdf",
            "image/jpeg" => ".jpg",
            "image/png" => ".png",
            "image/gif" => ".gif",
            "image/webp" => ".webp",
            "image/bmp" => ".bmp",
            _ => ".bin",
        };
        return $"proof-{proof.MemberId}-{proof.Id}{extension}";
    }
}
