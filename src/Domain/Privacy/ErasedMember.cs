using RahZendegi.Domain.Membership;

namespace RahZendegi.Domain.Privacy;

/// <summary>
/// What an erased membership keeps in place of its personal fields. The row stays, for the payments of the charity's
/// figures that name it; the placeholders keep the unique indexes valid and can never be a real person's.
/// </summary>
public static class ErasedMember
{
    public const string FullName = "عضو حذف‌شده";

    /// <summary>«X» and the row's id: unique, ten characters, and no real national ID (digits only) can equal it.</summary>
    public static string NationalId(int memberId) => $"X{memberId:D9}";

    /// <summary>
    /// A well-formed number no operator assigns (0900 000 0000): every screen and export that shows a phone can still
    /// show it, and, unlike a real number, it leads to no one.
    /// </summary>
    public const string Phone = "+989000000000";

    public static bool IsErased(Member member) => IsErased(member.NationalId);

    public static bool IsErased(string nationalId) => nationalId.StartsWith('X');
}
