using RahZendegi.Domain.Feedback;
using RahZendegi.Domain.Persian;

namespace RahZendegi.Admin.Pages.Reports;

public static class FeedbackPanelTexts
{
    public const string Heading = "امتیاز مراجعان";
    public const string Intro = "پس از هر جلسهٔ برگزارشده و هر کارگاهی که مراجع در آن حاضر بود، از او امتیازی از ۱ تا ۵ خواسته می‌شود.";
    public const string Counselors = "مشاوران";
    public const string Workshops = "کارگاه‌ها";
    public const string Comments = "نوشته‌های مراجعان";
    public const string NoneYet = "هنوز امتیازی ثبت نشده است.";
    public const string NoComments = "هنوز کسی نوشته‌ای نگذاشته است.";

    public static string Average(double value) =>
        PersianText.ToPersianDigits(value.ToString("0.0", global::System.Globalization.CultureInfo.InvariantCulture)).Replace('.', '٫');

    public static string Count(int count) => PersianNumber.Format(count);

    public static string OwnRating(FeedbackAverage? rating) => rating is null
        ? "هنوز امتیازی از مراجعان برای شما ثبت نشده است."
        : $"میانگین امتیاز مراجعان به شما: {Average(rating.Average)} از ۵ ({Count(rating.Count)} نظر)";
}
