using Microsoft.EntityFrameworkCore;
using RahZendegi.Domain.Messaging;

namespace RahZendegi.Domain.Membership;

/// <summary>What staff set on a member's record in the panel; the national ID is not among them.</summary>
public sealed record MemberEdit(string FullName, string Phone, int LibraryId, MemberCategory Category);

public enum MemberEditError { None, NotFound, NameInvalid, PhoneInvalid, LibraryGone, NothingChanged }

[Flags]
public enum MemberChanges { None = 0, Name = 1, Phone = 2, Library = 4, Group = 8 }

public sealed record MemberEditResult(MemberEditError Error, MemberChanges Changes = MemberChanges.None, MemberCategory? FormerCategory = null)
{
    public static MemberEditResult Failed(MemberEditError error) => new(error);
}

public sealed partial class MembershipService
{
    /// <summary>
    /// Staff correct a member's record: name, phone, library and group. The national ID never changes here: it is
    /// the person's identity, and a wrong one means a new registration. A group staff set is theirs to vouch for, so
    /// it counts at once (verified, or no proof needed); the membership fee still due is priced again for it (only ever
    /// lowered: a person is never asked afterwards for more than they were quoted), and the person is told in the bot,
    /// in the caller's commit.
    /// </summary>
    public async Task<MemberEditResult> EditByStaffAsync(int memberId, MemberEdit edit, CancellationToken cancellationToken)
    {
        if (PersonName.Validate(edit.FullName, out var name) != PersonNameCheck.Valid)
        {
            return MemberEditResult.Failed(MemberEditError.NameInvalid);
        }

        if (IranianMobile.TryNormalize(edit.Phone, out var phone) != MobileCheck.Valid)
        {
            return MemberEditResult.Failed(MemberEditError.PhoneInvalid);
        }

        var member = await db.Members.SingleOrDefaultAsync(m => m.Id == memberId, cancellationToken);
        if (member is null)
        {
            return MemberEditResult.Failed(MemberEditError.NotFound);
        }

        if (edit.LibraryId != member.LibraryId && !await db.Libraries.AnyAsync(l => l.Id == edit.LibraryId && l.Active, cancellationToken))
        {
            return MemberEditResult.Failed(MemberEditError.LibraryGone);
        }

        var changes = (name != member.FullName ? MemberChanges.Name : 0)
            | (phone != member.Phone ? MemberChanges.Phone : 0)
            | (edit.LibraryId != member.LibraryId ? MemberChanges.Library : 0)
            | (edit.Category != member.Category ? MemberChanges.Group : 0);
        if (changes == MemberChanges.None)
        {
            return MemberEditResult.Failed(MemberEditError.NothingChanged);
        }

        var former = member.Category;
        (member.FullName, member.Phone, member.LibraryId) = (name, phone, edit.LibraryId);
        if (changes.HasFlag(MemberChanges.Group))
        {
            await ChangeGroupAsync(member, edit.Category, cancellationToken);
        }

        return new(MemberEditError.None, changes, former);
    }

    private async Task ChangeGroupAsync(Member member, MemberCategory category, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        member.Category = category;
        member.CategoryStatus = category.NeedsProof() ? CategoryStatus.Verified : CategoryStatus.None;
        member.RejectionReason = null;
        member.CategoryDecidedAt = category.NeedsProof() ? now : null;
        var fee = await payments.RepriceMembershipAsync(member, cancellationToken);
        if (member is { BotName: { } bot, ChatId: { } chat })
        {
            db.OutboxMessages.Add(OutboxMessage.Create(bot, chat,
                new OutgoingText(MembershipNotices.GroupChanged(MemberCategoryNames.Of(category), fee?.DueRials)), now, OutboxKind.Notice));
        }
    }
}
