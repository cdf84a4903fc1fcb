namespace RahZendegi.Admin.Pages.Libraries;

/// <summary>Messages the library pages set from their models.</summary>
public static class LibrariesTexts
{
    /// <summary>The province a new library is in unless staff type another: the service began in Ilam.</summary>
    public const string DefaultProvince = "ایلام";

    public const string NameRequired = "نام کتابخانه را بنویسید.";
    public const string PlaceRequired = "استان و شهر را بنویسید.";
    public const string PhoneInvalid = "شمارهٔ تلفن فقط رقم است، مثل ۰۸۴۳۳۳۳۴۴۵۵.";
    public const string Duplicate = "کتابخانه‌ای با همین نام در این شهر ثبت شده است.";
    public const string Saved = "اطلاعات کتابخانه ذخیره شد.";
    public const string ClosureAdded = "تعطیلی کتابخانه ثبت شد؛ در این بازه نوبت تازه داده نمی‌شود.";
    public const string ClosureDeleted = "تعطیلی کتابخانه حذف شد.";
}
