using RahZendegi.Domain.Persian;

namespace RahZendegi.Domain.Feedback;

/// <summary>The question after a session or a workshop. Its first line, on a lock screen, names neither the topic nor counselling.</summary>
public static class FeedbackNotices
{
    public static string AskAboutSession(DateTime startsAt, string library) =>
        $"نظر شما دربارهٔ جلسهٔ {JalaliDate.FormatDateTime(startsAt)} در {library} چیست؟\n" +
        "از ۱ (ضعیف) تا ۵ (عالی) یکی را بزنید. نظر شما فقط برای بهتر شدن کار است و نام شما به کسی نشان داده نمی‌شود.";

    public static string AskAboutWorkshop(string title) =>
        $"نظر شما دربارهٔ «{title}» چیست؟\nاز ۱ (ضعیف) تا ۵ (عالی) یکی را بزنید.";

    public static string RatingLabel(int rating) => PersianText.ToPersianDigits(rating.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
