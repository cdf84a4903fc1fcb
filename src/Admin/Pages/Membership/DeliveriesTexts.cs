using RahZendegi.Domain.Messaging;

namespace RahZendegi.Admin.Pages.Membership;

public static class DeliveriesTexts
{
    public const string PageTitle = "پیام‌های فرستاده به {0}";
    public const string Link = "پیام‌هایی که ربات برای این شخص فرستاده";
    public const string Intro = "پیام‌های ربات به این شخص، تازه‌ترین در بالا. متن پیام‌ها، جز اطلاعیه‌های همگانی، نشان داده نمی‌شود.";
    public const string Shown = "{0} پیام تازه‌تر نشان داده شده است.";
    public const string None = "ربات هنوز پیامی برای این شخص نفرستاده است.";
    public const string Blocked = "این شخص ربات را مسدود کرده یا از پیام‌رسان رفته است؛ پیام‌های همگانی برایش فرستاده نمی‌شود.";
    public const string Time = "زمان";
    public const string Kind = "نوع";
    public const string Status = "وضعیت";
    public const string Broadcast = "اطلاعیه";

    public static string KindName(OutboxKind kind) => kind switch
    {
        OutboxKind.Reply => "پاسخ",
        OutboxKind.Notice => "خبر از سامانه",
        OutboxKind.Reminder => "یادآوری",
        OutboxKind.Broadcast => "اطلاعیهٔ همگانی",
        _ => "نامعلوم",
    };

    public static string StatusName(DeliveryStatus status) => status switch
    {
        DeliveryStatus.Waiting => "در صف فرستادن",
        DeliveryStatus.Sent => "رسید",
        DeliveryStatus.Failed => "ناموفق",
        DeliveryStatus.Blocked => "نرسید: ربات مسدود شده",
        _ => "",
    };
}
