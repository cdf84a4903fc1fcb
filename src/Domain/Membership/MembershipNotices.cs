namespace RahZendegi.Domain.Membership;

/// <summary>What the bot tells a member when staff decide on their category.</summary>
public static class MembershipNotices
{
    /// <param name="membershipDueRials">The membership fee still to pay after the decision, when there was one to price again.</param>
    public static string Verified(string categoryName, long? membershipDueRials = null) =>
        $"گروه «{categoryName}» شما تأیید شد ✅\nاز این پس تخفیف‌های این گروه برای شما اعمال می‌شود." + membershipDueRials switch
        {
            null => "",
            0 => "\nعضویت شما رایگان است و پرداختی لازم نیست.",
            { } due => $"\nهزینهٔ عضویت شما با تخفیف این گروه: {Persian.Money.FormatToman(due)}",
        };

    public static string Rejected(string categoryName, string reason) =>
        $"درخواست گروه «{categoryName}» شما تأیید نشد.\nدلیل: {reason}\nتا زمان تأیید، هزینه‌ها با نرخ عموم مردم محاسبه می‌شود. می‌توانید از «عضویت در کتابخانه» ← «فرستادن مدرک» مدرک تازه‌ای بفرستید یا برای پیگیری به کتابخانهٔ خود مراجعه کنید.";

    /// <summary>Staff changed the member's group in the panel; said plainly, whichever way it went.</summary>
    /// <param name="membershipDueRials">The membership fee still to pay, when the new group priced it again.</param>
    public static string GroupChanged(string categoryName, long? membershipDueRials = null) =>
        $"اطلاعات عضویت شما در کتابخانه به‌روز شد: گروه شما اکنون «{categoryName}» است." + membershipDueRials switch
        {
            null => "",
            0 => "\nعضویت شما رایگان است و پرداختی لازم نیست.",
            { } due => $"\nهزینهٔ عضویت شما با این گروه: {Persian.Money.FormatToman(due)}",
        } + "\nاگر پرسشی دارید، با کتابخانهٔ خود تماس بگیرید.";
}
