using RahZendegi.Domain.Persian;

namespace RahZendegi.Domain.Workshops;

/// <summary>What the bot sends about a workshop registration without being asked. Workshops are public events: naming them is fine.</summary>
public static class WorkshopNotices
{
    public const string ConfirmButton = "تأیید";
    public const string CancelButton = "انصراف از ثبت‌نام";
    public const string OpenButton = "مشاهده و ثبت‌نام";

    public static string Announcement(Workshop workshop) =>
        $"برنامهٔ تازه در {workshop.Library?.Name}: «{workshop.Title}»\n" +
        $"زمان: {JalaliDate.FormatDateTime(workshop.StartsAt)}\n" +
        (string.IsNullOrWhiteSpace(workshop.Description) ? "" : $"{workshop.Description}\n") +
        $"ظرفیت: {PersianNumber.Format(workshop.Capacity)} نفر";

    public static string Offer(WorkshopRegistration offered, Workshop workshop) =>
        $"یک جا در کارگاه «{workshop.Title}» آزاد شد و برای شما نگه داشته شده است.\n" +
        $"{JalaliDate.FormatDateTime(workshop.StartsAt)} در {workshop.Library?.Name}.\n" +
        $"اگر می‌آیید، تا {JalaliDate.FormatDateTime(offered.OfferExpiresAt ?? workshop.StartsAt)} دکمهٔ «{ConfirmButton}» را بزنید؛ " +
        "پس از آن، این جا به نفر بعدی فهرست انتظار می‌رسد.";

    public static string RegisteredByStaff(WorkshopRegistration registration, Workshop workshop) =>
        (registration.Seat is { } seat
            ? $"کتابخانه شما را در کارگاه «{workshop.Title}» ثبت‌نام کرد؛ شمارهٔ صندلی شما: {PersianNumber.FormatPlain(seat)}.\n"
            : $"کارگاه «{workshop.Title}» پر است و کتابخانه شما را در فهرست انتظار آن گذاشت؛ اگر جایی آزاد شود، خبرتان می‌کنیم.\n") +
        $"{JalaliDate.FormatDateTime(workshop.StartsAt)} در {workshop.Library?.Name}.\n" +
        $"مبلغ قابل پرداخت: {Money.FormatToman(registration.ToPayRials)}";

    public static string OfferExpired(Workshop workshop) =>
        $"مهلت تأیید تمام شد و جای کارگاه «{workshop.Title}» به نفر بعدی فهرست انتظار رسید.\n" +
        "اگر هنوز مایلید، می‌توانید دوباره ثبت‌نام کنید.";

    public static string Reminder(WorkshopRegistration registration, Workshop workshop) =>
        $"یادآوری: کارگاه «{workshop.Title}» فردا، {JalaliDate.FormatDateTime(workshop.StartsAt)}، در {workshop.Library?.Name} برگزار می‌شود.\n" +
        $"شمارهٔ صندلی شما: {PersianNumber.FormatPlain(registration.Seat ?? 0)}\n" +
        "اگر نمی‌توانید بیایید، انصراف دهید تا جای شما به نفر دیگری برسد.";

    public static string WorkshopCancelled(Workshop workshop, string reason, bool paid) =>
        $"با پوزش، کتابخانه کارگاه «{workshop.Title}» ({JalaliDate.FormatDateTime(workshop.StartsAt)}، {workshop.Library?.Name}) را لغو کرد.\n" +
        $"دلیل: {reason}\n" + PaymentLine(paid);

    public static string SeatCancelledByStaff(Workshop workshop, string reason, bool paid) =>
        $"کتابخانه ثبت‌نام شما در کارگاه «{workshop.Title}» ({JalaliDate.FormatDateTime(workshop.StartsAt)}) را لغو کرد.\n" +
        $"دلیل: {reason}\n" + PaymentLine(paid);

    // The ledger's rule: what was paid is handed back at the desk; what was still due is no longer.
    private static string PaymentLine(bool paid) => paid
        ? "مبلغی که پرداخته‌اید در کتابخانه به شما بازگردانده می‌شود."
        : "پرداختی از شما خواسته نمی‌شود.";
}
