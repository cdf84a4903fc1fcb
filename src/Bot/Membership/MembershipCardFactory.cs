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
        JalaliDate.FromUtc(member.CreatedAt).Format(),
        member.MembershipNumber));
}
