using RahZendegi.Domain.Persian;

namespace RahZendegi.Bot.Membership;

public static class MembershipTexts
{
    public const string AskCategory =
        "بعضی گروه‌ها برای عضویت، مشاوره و برنامه‌ها تخفیف دارند. برای اینکه تخفیف شما حساب شود، گروه خود را انتخاب کنید؛ اگر هیچ‌کدام نیست، «عموم مردم» را بزنید:";
    public const string NoLibrariesYet =
        "هنوز هیچ کتابخانه‌ای عضویت را از راه ربات نمی‌پذیرد. لطفاً چند روز دیگر دوباره سر بزنید یا برای عضویت به کتابخانهٔ نزدیک خود بروید.";
    public const string AskFullName = "نام و نام خانوادگی خود را به فارسی بنویسید:";
    public const string AskNationalId = "کد ملی ده‌رقمی خود را بنویسید:";
    public const string AskPhone = "شمارهٔ تلفن همراه خود را با دکمهٔ «ارسال شمارهٔ من» بفرستید یا آن را بنویسید (مثل ۰۹۱۲۳۴۵۶۷۸۹):";
    public const string AskProvince = "استان محل زندگی خود را انتخاب کنید:";
    public const string AskCity = "شهر خود را انتخاب کنید:";
    public const string AskLibrary = "کتابخانه‌ای را که می‌خواهید عضو آن شوید انتخاب کنید:";
    public const string AskProof =
        "اگر کارت یا مدرکی برای گروه خود دارید، عکس آن یا فایل PDF آن را همین‌جا بفرستید تا کتابخانه زودتر آن را تأیید کند. " +
        "این عکس فقط برای بررسی کارکنان است.\nاگر مدرکی همراه ندارید، «بدون مدرک ادامه می‌دهم» را بزنید.";

    public const string SharePhoneButton = "ارسال شمارهٔ من";
    public const string SkipProofButton = "بدون مدرک ادامه می‌دهم";
    public const string ConfirmButton = "تأیید و ثبت عضویت";
    public const string EditNameButton = "ویرایش نام";
    public const string EditPhoneButton = "ویرایش شمارهٔ تلفن";
    public const string EditLibraryButton = "تغییر کتابخانه";
    public const string CardButton = "دریافت کارت عضویت";

    public const string NameEmpty = "نام را ننوشتید. لطفاً نام و نام خانوادگی خود را بنویسید.";
    public const string NameTooShort = "این نام خیلی کوتاه است. لطفاً نام و نام خانوادگی کامل را بنویسید.";
    public const string NameTooLong = "این نام خیلی بلند است. لطفاً فقط نام و نام خانوادگی را بنویسید.";
    public const string NameNotPersian = "لطفاً نام را فقط با حروف فارسی بنویسید (بدون عدد و حروف لاتین).";
    public const string NationalIdNotTenDigits = "کد ملی باید ده رقم باشد. لطفاً دوباره بنویسید.";
    public const string NationalIdInvalid = "این کد ملی درست نیست. لطفاً رقم‌ها را بررسی کنید و دوباره بنویسید.";
    public const string NationalIdTaken =
        "با این کد ملی قبلاً عضویت ثبت شده است. اگر این عضویت متعلق به شماست، برای پیگیری به کتابخانه مراجعه کنید.";
    public const string AskLinkPhone =
        "با این کد ملی پیش‌تر عضویتی ثبت شده است؛ شاید خودتان در پیام‌رسان دیگری یا در کتابخانه عضو شده‌اید. " +
        "اگر این عضویت مال شماست، شمارهٔ همراه خود را با دکمهٔ «ارسال شمارهٔ من» بفرستید تا همان عضویت اینجا هم در دسترس شما باشد. " +
        "شماره باید همانی باشد که در عضویت ثبت شده است.";
    public const string LinkNeedsContact =
        "برای اینکه مطمئن شویم این عضویت مال شماست، نوشتن شماره کافی نیست. لطفاً دکمهٔ «ارسال شمارهٔ من» را بزنید.";
    public const string LinkNotOwnContact =
        "این شماره، شمارهٔ خود شما در این پیام‌رسان نیست. لطفاً با دکمهٔ «ارسال شمارهٔ من» شمارهٔ خودتان را بفرستید.";
    public const string LinkPhoneMismatch =
        "این شماره با شماره‌ای که در این عضویت ثبت شده یکی نیست، پس نمی‌توانیم عضویت را اینجا نشان دهیم. چیزی از عضویت شما کم نشده است.";

    /// <summary>
    /// Where a person whose number does not prove the membership is helped. It names no library: whoever types someone
    /// else's national ID must not learn where that person is a member.
    /// </summary>
    public const string LinkDesk =
        "اگر شمارهٔ شما عوض شده یا فکر می‌کنید اشتباهی پیش آمده، با کارت ملی به کتابخانه‌ای که در آن عضو شده‌اید بروید؛ " +
        "آنجا شمارهٔ شما را درست می‌کنند.";

    public static string Linked(string number) =>
        $"عضویت شما پیدا شد و از این پس اینجا هم در دسترس است.\nشمارهٔ عضویت: {number}\n" +
        "نوبت‌ها و ثبت‌نام‌های شما اینجا هم دیده می‌شود؛ یادآوری‌ها به پیام‌رسانی می‌رسد که آخرین بار با آن به ما پیام داده‌اید.";

    public const string PhoneInvalid = "این شمارهٔ تلفن همراه نیست. شماره باید مثل ۰۹۱۲۳۴۵۶۷۸۹ باشد.";
    public const string ContactNotOwn = "لطفاً شمارهٔ خودتان را با دکمهٔ «ارسال شمارهٔ من» بفرستید، نه شمارهٔ کس دیگری را.";
    public const string ProofExpected = "لطفاً عکس مدرک یا فایل PDF آن را بفرستید، یا «بدون مدرک ادامه می‌دهم» را بزنید.";
    public const string ProofWrongFile = "این فایل را نمی‌توانم به‌عنوان مدرک بپذیرم. لطفاً عکس مدرک یا فایل PDF آن را بفرستید.";
    public const string ProofReceived = "مدرک دریافت شد و فقط کارکنان کتابخانه آن را می‌بینند.";

    public const string FreeOnceVerified = "پس از تأیید گروه شما، عضویت برایتان رایگان می‌شود.";

    /// <summary>The fee of a claim not yet verified: both amounts, and that nothing is to be paid before the decision.</summary>
    public static string PendingFee(string categoryName, long onceVerifiedRials, long otherwiseRials) =>
        (onceVerifiedRials == 0 ? FreeOnceVerified : $"پس از تأیید گروه «{categoryName}»، هزینهٔ عضویت {Money.FormatToman(onceVerifiedRials)} می‌شود.") +
        $"\nاگر گروه شما تأیید نشود، هزینهٔ عضویت {Money.FormatToman(otherwiseRials)} است." +
        "\nتا گروه شما بررسی نشده، لازم نیست چیزی بپردازید؛ نتیجه را همین‌جا به شما خبر می‌دهیم.";

    public const string SendProofButton = "فرستادن مدرک";
    public const string AskNewProof =
        "عکس کارت یا مدرک گروه خود، یا فایل PDF آن را همین‌جا بفرستید. این مدرک فقط برای بررسی کارکنان کتابخانه است.";
    public const string NewProofExpected = "لطفاً عکس مدرک یا فایل PDF آن را بفرستید، یا «بازگشت» را بزنید.";
    public const string NewProofReceived = "مدرک شما دریافت شد و کارکنان کتابخانه آن را بررسی می‌کنند.";
    public const string NewProofReopened =
        "مدرک تازهٔ شما دریافت شد. درخواست گروه شما دوباره در انتظار بررسی است و نتیجه را در همین‌جا به شما خبر می‌دهیم.";
    public const string NoProofNeeded = "گروه شما به مدرک تازه‌ای نیاز ندارد.";
    public const string NoLibraries = "هنوز کتابخانه‌ای در سامانه ثبت نشده است. لطفاً بعداً دوباره تلاش کنید.";

    public const string Registered = "عضویت شما ثبت شد 🎉";
    public const string Updated = "تغییرات ذخیره شد.";
    public const string ManagePrompt = "چه کاری می‌خواهید انجام دهید؟";

    public static string Summary(string category, string name, string nationalId, string phone, string library, string price) =>
        $"لطفاً اطلاعات خود را بررسی کنید:\n\n" +
        $"گروه: {category}\n" +
        $"نام: {name}\n" +
        $"کد ملی: {nationalId}\n" +
        $"تلفن همراه: {phone}\n" +
        $"کتابخانه: {library}\n\n" +
        $"هزینهٔ عضویت:\n{price}";

    public static string RegisteredDetails(string number, string howToPay) =>
        $"شمارهٔ عضویت: {number}\nکارت عضویت شما در پیام بعد آمده است.\n\n{howToPay}";

    public static string MembershipOverview(string number, string name, string library, string category, string status, string phone) =>
        $"شما عضو کتابخانه هستید.\n\n" +
        $"شمارهٔ عضویت: {number}\n" +
        $"نام: {name}\n" +
        $"کتابخانه: {library}\n" +
        $"تلفن همراه: {phone}\n" +
        $"گروه: {category} ({status})";

    public const string StatusPending = "در انتظار تأیید";
    public const string StatusVerified = "تأییدشده";
    public const string StatusRejected = "تأییدنشده";
    public const string StatusNone = "بدون نیاز به تأیید";

    public static string LibraryLine(string name, string city) => $"{name} ({city})";
}
