using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Persian;

namespace RahZendegi.Bot.Membership;

/// <summary>Turns a membership into its card image, with Persian digits and the Jalali date of issue.</summary>
public sealed class MembershipCardFactory
{
    public byte[] Create(Member member) => MembershipCard.Render(new MembershipCardData(
        member.FullName,
        PersianText.ToPersianDigits(member.MembershipNumber),
        member.Library?.Name ?? "",
        PrintedCategory(member),
        JalaliDate.FromUtc(member.CreatedAt).Format(),
        member.MembershipNumber));

    // A card shows a group only once staff verified it, and never the welfare group: the card is shown at desks
    // and to others, and being a committee client is the person's own business.
    public static string? PrintedCategory(Member member) =>
        member.CategoryStatus == CategoryStatus.Verified && member.Category != MemberCategory.CommitteeClient
            ? MemberCategoryNames.Of(member.Category)
            : null;
}
