namespace RahZendegi.Domain.Membership;

/// <summary>The Persian name of each category, as the bot and the panel show it.</summary>
public static class MemberCategoryNames
{
    public const string CommitteeClient = "مددجوی کمیته امداد";
    public const string CommitteeStaffOrFamily = "کارمند کمیته امداد یا خانواده";
    public const string LibraryStaff = "کارمند کتابخانه‌های عمومی";
    public const string LibraryMember = "عضو کتابخانه";
    public const string Public = "عموم مردم";

    /// <summary>In the order the bot offers them.</summary>
    public static IReadOnlyList<(MemberCategory Category, string Name)> All { get; } =
    [
        (MemberCategory.CommitteeClient, CommitteeClient),
        (MemberCategory.CommitteeStaffOrFamily, CommitteeStaffOrFamily),
        (MemberCategory.LibraryStaff, LibraryStaff),
        (MemberCategory.LibraryMember, LibraryMember),
        (MemberCategory.Public, Public),
    ];

    public static string Of(MemberCategory category) => All.Single(c => c.Category == category).Name;

    public static MemberCategory? Parse(string text) => All.Where(c => c.Name == text).Select(c => (MemberCategory?)c.Category).FirstOrDefault();

    /// <summary>Every category but the public one grants a discount somewhere, and so must be proven.</summary>
    public static bool NeedsProof(this MemberCategory category) => category != MemberCategory.Public;
}
