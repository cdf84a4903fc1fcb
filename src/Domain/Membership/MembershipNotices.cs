namespace RahZendegi.Domain.Membership;

/// <summary>What the bot tells a member when staff decide on their category.</summary>
public static class MembershipNotices
{
    public static string Verified(string categoryName) =>
        $"گروه «{categoryName}» شما تأیید شد ✅\nاز این پس تخفیف‌های این گروه برای شما اعمال می‌شود.";

    public static string Rejected(string categoryName, string reason) =>
        $"درخواست گروه «{categoryName}» شما تأیید نشد.\nدلیل: {reason}\nتا زمان تأیید، هزینه‌ها با نرخ عموم مردم محاسبه می‌شود. می‌توانید از «عضویت در کتابخانه» ← «فرستادن مدرک» مدرک تازه‌ای بفرستید یا برای پیگیری به کتابخانهٔ خود مراجعه کنید.";
}
