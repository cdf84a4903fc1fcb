namespace RahZendegi.Domain.Counseling;

/// <summary>What the bot tells a person about the no-show limit, in their chat.</summary>
public static class NoShowNotices
{
    public const string BlockLifted = "می‌توانید دوباره نوبت مشاوره بگیرید. هر وقت خواستید، «رزرو مشاوره» را بزنید.";
}
