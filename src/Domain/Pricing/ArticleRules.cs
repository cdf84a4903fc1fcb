using RahZendegi.Domain.Membership;

namespace RahZendegi.Domain.Pricing;

/// <summary>
/// The discounts the libraries and the Relief Committee announced: membership free for the committee's clients (the
/// committee pays the card fee) and 40 % off for its staff and their families once verified (or by a code staff
/// create in the panel), workshops free for its clients, library staff and members, counselling free for its
/// clients, 40 % off for library staff and 30 % for members.
/// </summary>
public static class ArticleRules
{
    public static IReadOnlyList<DiscountRule> Create() =>
    [
        Rule(ServiceKind.Membership, MemberCategory.CommitteeClient, 100),
        Rule(ServiceKind.Membership, MemberCategory.CommitteeStaffOrFamily, 40),
        Rule(ServiceKind.Workshop, MemberCategory.CommitteeClient, 100),
        Rule(ServiceKind.Workshop, MemberCategory.LibraryStaff, 100),
        Rule(ServiceKind.Workshop, MemberCategory.LibraryMember, 100),
        Rule(ServiceKind.Counseling, MemberCategory.CommitteeClient, 100),
        Rule(ServiceKind.Counseling, MemberCategory.LibraryStaff, 40),
        Rule(ServiceKind.Counseling, MemberCategory.LibraryMember, 30),
    ];

    private static DiscountRule Rule(ServiceKind kind, MemberCategory category, int percent) =>
        new() { ServiceKind = kind, Category = category, Percent = percent };
}
