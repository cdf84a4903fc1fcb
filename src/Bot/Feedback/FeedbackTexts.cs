namespace RahZendegi.Bot.Feedback;

public static class FeedbackTexts
{
    public const string AskComment = "ممنون از امتیاز شما 🌱 اگر بخواهید، چند کلمه هم بنویسید؛ یا «بدون توضیح» را بزنید.";
    public const string NoComment = "بدون توضیح";
    public const string Thanks = "نظر شما ثبت شد. ممنون که وقت گذاشتید.";
    public const string Gone = "این پرسش دیگر فعال نیست.";
}
