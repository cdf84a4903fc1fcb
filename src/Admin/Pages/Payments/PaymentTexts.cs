using RahZendegi.Domain.Payments;
using RahZendegi.Domain.Persian;

namespace RahZendegi.Admin.Pages.Payments;

public static class PaymentTexts
{
    public const string NotFound = "این پرداخت پیدا نشد.";
    public const string NotInYourLibraries = "این پرداخت مربوط به کتابخانه‌ای است که در کتابخانه‌های شما نیست؛ ثبت آن با متصدی همان کتابخانه است.";
    public const string AlreadyPaid = "این پرداخت پیش‌تر ثبت شده است و دوباره ثبت نمی‌شود.";
    public const string NothingToPay = "پرداختی لازم نیست: این خدمت برای این مراجع رایگان است.";
    public const string Closed = "این خدمت لغو شده است؛ پرداختی برای آن ثبت نمی‌شود.";
    public const string Recorded = "پرداخت ثبت شد. رسید را چاپ کنید یا شمارهٔ آن را برای مراجع بخوانید.";
    public const string ChooseMethod = "روش پرداخت را انتخاب کنید.";
    public const string AreYouSure = "آیا مطمئن هستید؟";
    public const string HandedBack = "بازپرداخت ثبت شد.";
    public const string AlreadyHandedBack = "این مبلغ پیش‌تر به مراجع برگردانده شده است.";
    public const string NotRefunded = "این پرداخت بازپرداختی ندارد.";
    public const string RefundHandedBack = "برگردانده شد";
    public const string ReceiptRefunded = "این پرداخت بازپرداخت شده است.";
    public const string NoLibrary = "کتابخانه‌ای برای شما تعریف نشده است.";

    public static string Method(PaymentMethod? method) => method switch
    {
        PaymentMethod.DeskCash => "نقدی در کتابخانه",
        PaymentMethod.DeskCard => "کارت‌خوان کتابخانه",
        PaymentMethod.BaleInvoice => "پرداخت در بله",
        PaymentMethod.Committee => "پرداخت کمیته",
        _ => "—",
    };

    /// <summary>What the confirmation step says will follow.</summary>
    public static string WhatFollows(PaymentMethod method, long rials, string whatFor) =>
        $"دریافت {Money.FormatToman(rials)} به صورت «{Method(method)}» برای {whatFor} ثبت می‌شود و رسید صادر می‌شود. این کار برگشت‌پذیر نیست.";

    public static string ForMembership(string? membershipNumber) =>
        $"کارت عضویت شمارهٔ {PersianText.ToPersianDigits(membershipNumber ?? "")}";

    public static string ForBooking(string trackingCode, DateTime startsAt, string counselor) =>
        $"جلسهٔ مشاوره با {counselor}، {JalaliDate.FormatDateTime(startsAt)} (کد پیگیری {PersianText.ToPersianDigits(trackingCode)})";

    public static string ForSeat(string title, DateTime startsAt, int? seat) =>
        $"کارگاه «{title}»، {JalaliDate.FormatDateTime(startsAt)}" + (seat is { } s ? $"، صندلی {PersianNumber.FormatPlain(s)}" : "");

    public static string NotFoundByCode(string code) =>
        $"پرداختی با شمارهٔ «{PersianText.ToPersianDigits(code)}» در کتابخانه‌های شما پیدا نشد. کد پیگیری نوبت، شمارهٔ عضویت یا شمارهٔ رسید را بنویسید.";

    public static string RefundOwed(long rials) => $"بدهی به مراجع: {Money.FormatToman(rials)}";

    public static string SettledBy(string by) => by switch
    {
        PaymentLedger.ByBot => "مراجع در ربات",
        PaymentLedger.ByVerification => "تأیید گروه",
        _ => "کارکنان",
    };

    public static string Status(PaymentStatus status) => status switch
    {
        PaymentStatus.Due => "پرداخت‌نشده",
        PaymentStatus.Paid => "پرداخت‌شده",
        PaymentStatus.Waived => "رایگان",
        PaymentStatus.Refunded => "بازپرداخت",
        _ => "لغوشده",
    };
}
