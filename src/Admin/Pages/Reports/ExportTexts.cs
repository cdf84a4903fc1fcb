using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Workshops;

namespace RahZendegi.Admin.Pages.Reports;

public static class ExportTexts
{
    public static readonly string[] BookingsHeader = ["تاریخ", "ساعت", "کتابخانه", "مشاور", "کد پیگیری", "وضعیت", "مبلغ پایه (ریال)", "مبلغ پرداختی (ریال)"];
    public static readonly string[] MembersHeader = ["شمارهٔ عضویت", "نام", "کتابخانه", "گروه", "وضعیت گروه", "تاریخ عضویت", "هزینهٔ عضویت (ریال)"];
    public static readonly string[] AttendanceHeader = ["کارگاه", "تاریخ", "کتابخانه", "صندلی", "وضعیت", "مبلغ پرداختی (ریال)"];

    public static string Status(BookingStatus status) => status switch
    {
        BookingStatus.Confirmed => "قطعی",
        BookingStatus.Attended => "حاضر شد",
        BookingStatus.NoShow => "غیبت",
        BookingStatus.CancelledByUser => "لغو به درخواست مراجع",
        BookingStatus.CancelledByStaff => "لغو از سوی کتابخانه",
        BookingStatus.Rescheduled => "جابه‌جا شد",
        _ => status.ToString(),
    };

    public static string Status(CategoryStatus status) => status switch
    {
        CategoryStatus.Pending => "در انتظار تأیید",
        CategoryStatus.Verified => "تأییدشده",
        CategoryStatus.Rejected => "تأییدنشده",
        _ => "بی‌نیاز از تأیید",
    };

    public static string Status(RegistrationStatus status) => status switch
    {
        RegistrationStatus.Confirmed => "قطعی",
        RegistrationStatus.Waiting => "در فهرست انتظار",
        RegistrationStatus.Offered => "منتظر تأیید",
        RegistrationStatus.Attended => "حاضر شد",
        RegistrationStatus.NoShow => "غیبت",
        RegistrationStatus.Cancelled => "انصراف",
        _ => "مهلت تأیید گذشت",
    };
}
