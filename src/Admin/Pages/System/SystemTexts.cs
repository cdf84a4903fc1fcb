using RahZendegi.Domain.Persian;

namespace RahZendegi.Admin.Pages.System;

/// <summary>The system page's words: the bots' state, the queues, and the traffic charts.</summary>
public static class SystemTexts
{
    public const string Title = "وضعیت سامانه";
    public const string Intro = "ربات‌ها، صف‌های پیام و شمار پیام‌های هر ساعت در هفت روز گذشته.";

    public const string BotsHeading = "ربات‌ها";
    public const string BotColumn = "ربات";
    public const string ReceivingColumn = "دریافت پیام";
    public const string LastSuccessColumn = "آخرین تماس موفق";
    public const string LastErrorColumn = "آخرین خطا";
    public const string Polling = "دریافت پیوسته";
    public const string Webhook = "وب‌هوک";
    public const string NoSuccessYet = "هنوز تماس موفقی نبوده است";
    public const string NoError = "خطایی نبوده است";
    public const string NoBotHere = "ربات در فرایند دیگری اجرا می‌شود؛ وضعیت آن را در صفحهٔ سلامت همان فرایند ببینید.";

    public const string QueuesHeading = "صف‌ها";
    public const string UpdatesWaitingColumn = "پیام‌های رسیدهٔ در انتظار رسیدگی";
    public const string RepliesWaitingColumn = "پاسخ‌های در انتظار ارسال";
    public const string BroadcastsWaitingColumn = "پیام‌های همگانی در انتظار ارسال";
    public const string OldestUnsentColumn = "قدیمی‌ترین پیام ارسال‌نشده";
    public const string NothingWaiting = "صف‌ها خالی است: همهٔ پیام‌ها رسیدگی و ارسال شده‌اند.";
    public const string NoneWaiting = "—";

    public const string TrafficHeading = "پیام‌ها در هر ساعت";
    public const string ReceivedChart = "پیام‌های رسیده در هر ساعت";
    public const string SentChart = "پیام‌های ارسال‌شده در هر ساعت";
    public const string Received = "رسیده";
    public const string Sent = "ارسال‌شده";

    public static string LastError(DateTime at, string what) => $"{JalaliDate.FormatDateTime(at)} ({what})";

    /// <summary>«۳ دقیقه»; under a minute, «کمتر از یک دقیقه».</summary>
    public static string Age(TimeSpan age) => age < TimeSpan.FromMinutes(1)
        ? "کمتر از یک دقیقه"
        : age < TimeSpan.FromHours(1)
            ? $"{PersianNumber.FormatPlain((long)age.TotalMinutes)} دقیقه"
            : age.Minutes == 0
                ? $"{PersianNumber.FormatPlain((long)age.TotalHours)} ساعت"
                : $"{PersianNumber.FormatPlain((long)age.TotalHours)} ساعت و {PersianNumber.FormatPlain(age.Minutes)} دقیقه";

    /// <summary>«۱۴۰۵/۰۹/۱۲ ۱۴:۰۰»: an hour of the chart.</summary>
    public static string Hour(DateTime startUtc) => $"{JalaliDate.FormatShortDate(startUtc)} {JalaliDate.FormatTime(startUtc)}";

    public static string ReceivedSince(DateTime sinceUtc) =>
        $"پیام‌های رسیده پس از رسیدگی فقط سه روز نگه داشته می‌شوند؛ نمودار پیام‌های رسیده از {JalaliDate.FormatDateTime(sinceUtc)} به بعد را نشان می‌دهد.";
}
