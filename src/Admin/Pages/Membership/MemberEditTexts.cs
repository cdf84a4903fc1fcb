using RahZendegi.Domain.Membership;

namespace RahZendegi.Admin.Pages.Membership;

public static class MemberEditTexts
{
    public const string Title = "ویرایش اطلاعات عضو";
    public const string Link = "ویرایش اطلاعات عضو";
    public const string NationalIdFixed = "کد ملی تغییر نمی‌کند. اگر اشتباه ثبت شده است، عضویت تازه‌ای با کد درست ثبت کنید.";
    public const string GroupHint = "گروهی که شما ثبت کنید، بی‌درنگ تأییدشده به حساب می‌آید و اگر حق عضویت هنوز پرداخت نشده، با گروه تازه دوباره حساب می‌شود (هرگز بیشتر نمی‌شود).";
    public const string ReasonLabel = "دلیل تغییر (در گزارش کارها می‌ماند)";
    public const string SaveButton = "ذخیرهٔ تغییرات";
    public const string ReasonRequired = "دلیل تغییر را بنویسید.";
    public const string ReasonTooLong = "دلیل تغییر حداکثر ۳۰۰ نویسه است.";
    public const string NothingChanged = "چیزی تغییر نکرده است؛ اگر می‌خواهید چیزی را اصلاح کنید، آن را در فرم عوض کنید.";
    public const string LibraryGone = "این کتابخانه اکنون فعال نیست؛ کتابخانهٔ دیگری انتخاب کنید.";

    public static string Saved(bool groupChanged, bool hasBot) => (groupChanged, hasBot) switch
    {
        (true, true) => "تغییرات ذخیره شد و گروه تازه در ربات به عضو گفته می‌شود.",
        (true, false) => "تغییرات ذخیره شد. عضو ربات ندارد؛ گروه تازه را خودتان به او بگویید.",
        _ => "تغییرات ذخیره شد.",
    };

    public static (string Field, string Text) Error(MemberEditError error) => error switch
    {
        MemberEditError.NameInvalid => ("Input.FullName", MembershipPanelTexts.NameInvalid),
        MemberEditError.PhoneInvalid => ("Input.Mobile", MembershipPanelTexts.MobileInvalid),
        MemberEditError.LibraryGone => ("Input.LibraryId", LibraryGone),
        _ => ("", NothingChanged),
    };

    /// <summary>The audit entry's details: what changed (the group with its old and new name; other values stay out of the log) and why.</summary>
    public static string AuditDetails(MemberChanges changes, MemberCategory former, MemberCategory now, string reason)
    {
        var parts = new List<string>();
        if (changes.HasFlag(MemberChanges.Name))
        {
            parts.Add("نام");
        }

        if (changes.HasFlag(MemberChanges.Phone))
        {
            parts.Add("تلفن همراه");
        }

        if (changes.HasFlag(MemberChanges.Library))
        {
            parts.Add("کتابخانه");
        }

        if (changes.HasFlag(MemberChanges.Group))
        {
            parts.Add($"گروه از «{MemberCategoryNames.Of(former)}» به «{MemberCategoryNames.Of(now)}»");
        }

        return $"{string.Join("، ", parts)}. دلیل: {reason}";
    }
}
