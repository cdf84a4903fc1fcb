using RahZendegi.Domain.Membership;

namespace RahZendegi.Admin.Pages.Membership;

/// <summary>
/// The person at the desk, found by the national ID they give: what the operator needs to be sure it is them and to
/// book for them. Their phone and home library stay on the member's own page, behind the library scope.
/// </summary>
public sealed record DeskPerson(int MemberId, string FullName, string NationalId, string MembershipNumber, MemberCategory Category,
    CategoryStatus Status, bool HasBot)
{
    /// <summary>«عضو کتابخانه (تأییدنشده)»: the category, and whether it counts for the price yet.</summary>
    public string CategoryText => Category.NeedsProof() && Status != CategoryStatus.Verified
        ? $"{MemberCategoryNames.Of(Category)} {MembershipPanelTexts.NotVerifiedMark}"
        : MemberCategoryNames.Of(Category);

    /// <summary>The line under the name on a booking or workshop preview: membership number, category, whether they have the bot.</summary>
    public string Summary => MembershipPanelTexts.DeskSummary(MembershipNumber, CategoryText, HasBot);

    /// <summary>The member with this national ID; an error to show when the ID is malformed; the normalised ID when it is simply not registered yet.</summary>
    public static async Task<(DeskPerson? Person, string? Error, string? UnknownNationalId)> FindAsync(MembershipService membership, string? input,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return (null, null, null);
        }

        if (Domain.Membership.NationalId.Validate(input, out var nationalId) != NationalIdCheck.Valid)
        {
            return (null, MembershipPanelTexts.NationalIdInvalid, null);
        }

        var member = await membership.FindByNationalIdAsync(nationalId, cancellationToken);
        return member is null
            ? (null, null, nationalId)
            : (new DeskPerson(member.Id, member.FullName, member.NationalId, member.MembershipNumber, member.Category, member.CategoryStatus,
                member.HasMessenger), null, null);
    }
}
