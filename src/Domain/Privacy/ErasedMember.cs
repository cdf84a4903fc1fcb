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

    public const string Phone = "";

    public static bool IsErased(Member member) => member.NationalId.StartsWith('X');
}
