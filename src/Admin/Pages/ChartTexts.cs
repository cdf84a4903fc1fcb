namespace RahZendegi.Admin.Pages;

public static class ChartTexts
{
    public const string Nothing = "هنوز چیزی برای نشان دادن نیست.";
    public const string TableCaption = "همین اعداد در جدول";
    public const string PercentSign = "\u066A";
    public const string Toman = " تومان";
}
