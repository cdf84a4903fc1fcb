using RahZendegi.Domain.Payments;
using RahZendegi.Domain.Persian;

namespace RahZendegi.Bot.Payments;

/// <summary>How to pay, the invoice's words, Bale's pre-checkout refusals and what follows a payment in the chat.</summary>
public static class PaymentTexts
{
    public const string Free = "مبلغ قابل پرداخت: رایگان؛ پرداختی لازم نیست.";

    public static string PayInChat(long rials) =>
        $"مبلغ قابل پرداخت: {Money.FormatToman(rials)}\nصورتحساب آن در پیام بعد آمده است؛ می‌توانید همین‌جا در بله بپردازید.";

    public static string PayAtDesk(long rials, string library) =>
        $"مبلغ قابل پرداخت: {Money.FormatToman(rials)}\nلطفاً این مبلغ را هنگام مراجعه، در پیشخوان {library} بپردازید.";

    public const string CommitteeClaimPending =
        "هزینهٔ عضویت مددجویان کمیته رایگان است؛ پس از تأیید گروه شما رایگان می‌شود و تا آن زمان پرداختی لازم نیست.";

    public static string ClaimPending(string library) =>
        $"تا تأیید گروه شما پرداختی لازم نیست؛ پس از تأیید، هزینهٔ عضویت را با تخفیف گروه خود در پیشخوان {library} بپردازید.";

    public static string InvoiceTitle(PaymentFor what) => what switch
    {
        PaymentFor.Membership => "حق عضویت کتابخانه",
        PaymentFor.Booking => "هزینهٔ جلسهٔ مشاوره",
        PaymentFor.WorkshopSeat => "هزینهٔ ثبت‌نام در برنامه",
        _ => throw new ArgumentOutOfRangeException(nameof(what), what, null),
    };

    public static string MembershipFor(string library) => $"عضویت یک‌ساله در {library}";

    public static string SessionFor(string when, string library) => $"جلسهٔ مشاوره، {when}، {library}";

    public static string SeatFor(string title, string when, string library) => $"«{title}»، {when}، {library}";

    public static string Describe(PaymentSubject subject) => subject.For switch
    {
        PaymentFor.Membership => MembershipFor(subject.LibraryName),
        PaymentFor.Booking => SessionFor(JalaliDate.FormatDateTime(subject.ServiceAt), subject.LibraryName),
        _ => SeatFor(subject.WorkshopTitle ?? "", JalaliDate.FormatDateTime(subject.ServiceAt), subject.LibraryName),
    };

    // Shown by Bale when the bot refuses the payment at pre-checkout.
    public const string AlreadyPaid = "این صورتحساب پیش‌تر پرداخت شده است.";
    public const string BeingConfirmed = "پرداخت این صورتحساب انجام شده و در حال تأیید است؛ لطفاً دوباره نپردازید.";
    public const string Cancelled = "این صورتحساب باطل شده است، چون ثبت آن لغو شده است.";
    public const string NothingToPay = "برای این صورتحساب پرداختی لازم نیست.";
    public const string AmountChanged = "مبلغ این صورتحساب تغییر کرده است؛ صورتحساب تازه را برایتان فرستادیم.";
    public const string UnknownInvoice = "این صورتحساب شناخته نشد. لطفاً برای پرداخت به کتابخانه مراجعه کنید.";

    public static string Refusal(CheckoutRefusal refusal) => refusal switch
    {
        CheckoutRefusal.AlreadyPaid => AlreadyPaid,
        CheckoutRefusal.BeingConfirmed => BeingConfirmed,
        CheckoutRefusal.Cancelled => Cancelled,
        CheckoutRefusal.NothingToPay => NothingToPay,
        CheckoutRefusal.AmountChanged => AmountChanged,
        _ => UnknownInvoice,
    };

    public const string Confirming = "پرداخت شما دریافت شد و در حال تأیید است. پس از تأیید، رسید آن را همین‌جا می‌فرستیم.";

    public const string NotConfirmed =
        "بله این پرداخت را تأیید نکرد و پرداخت ثبت نشد. اگر مبلغی از حساب شما کم شده است، بانک آن را برمی‌گرداند. " +
        "می‌توانید دوباره از همان صورتحساب بپردازید یا در کتابخانه پرداخت کنید.";

    public const string UnknownCharge = "پرداخت شما دریافت شد، اما صورتحساب آن شناخته نشد. لطفاً برای پیگیری به کتابخانه مراجعه کنید.";

    public static string PaidTwice(string library) =>
        $"این مبلغ پیش‌تر پرداخت شده بود. پرداخت دوم شما ثبت شد و {library} آن را به شما برمی‌گرداند؛ لطفاً برای دریافت آن مراجعه کنید.";

    public static string RefundOwed(string whatFor, long rials, string receiptNumber, string library) =>
        $"پرداخت شما دریافت شد، اما ثبت «{whatFor}» پیش‌تر لغو شده بود.\n" +
        $"{library} مبلغ {Money.FormatToman(rials)} را به شما برمی‌گرداند؛ برای دریافت آن با شمارهٔ رسید {receiptNumber} مراجعه کنید.";

    public static string Receipt(string whatFor, long rials, string receiptNumber, string date) =>
        "رسید پرداخت ✅\n\n" +
        $"بابت: {whatFor}\n" +
        $"مبلغ: {Money.FormatToman(rials)}\n" +
        $"شمارهٔ رسید: {receiptNumber}\n" +
        $"تاریخ: {date}\n" +
        "روش پرداخت: پرداخت در بله";
}
