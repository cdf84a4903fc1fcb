using RahZendegi.Bot.Conversations;
using RahZendegi.Bot.Counseling;
using RahZendegi.Bot.Workshops;
using RahZendegi.Domain.Persian;

namespace RahZendegi.Tests.Bot.Conversations;

/// <summary>Long titles and names in buttons: shortened with «…» so a row stays within about thirty characters.</summary>
public sealed class ButtonTextTests
{
    private const string LongTitle = "کارگاه آموزشی مهارت‌های زندگی و ارتباط مؤثر در خانواده برای والدین";
    private const string LongName = "سیده فاطمه‌زهرا موسوی‌نژاد خرم‌آبادی";

    [Fact]
    public void Shorten_ShortText_StaysAsItIs() => Assert.Equal("مریم احمدی", ButtonText.Shorten("مریم احمدی"));

    [Fact]
    public void Shorten_LongText_EndsWithEllipsisWithinTheLimit()
    {
        var shortened = ButtonText.Shorten(LongTitle);

        Assert.True(shortened.Length <= ButtonText.MaxLength);
        Assert.EndsWith("…", shortened);
        Assert.StartsWith(shortened[..^1], LongTitle);
    }

    [Fact]
    public void WorkshopRow_LongTitle_KeepsTheDateAndFitsAPhone()
    {
        Assert.True(JalaliDate.TryCreate(1405, 9, 18, out var date));

        var row = WorkshopTexts.Row(LongTitle, date, full: false);

        Assert.True(row.Length <= ButtonText.MaxLength, row);
        Assert.StartsWith("کارگاه آموزشی", row);
        Assert.EndsWith("… · ۱۸ آذر", row);
    }

    [Fact]
    public void WorkshopRow_Full_SaysSoAfterTheDate()
    {
        Assert.True(JalaliDate.TryCreate(1405, 2, 18, out var date));

        Assert.Equal("محفل شعر · ۱۸ اردیبهشت (تکمیل)", WorkshopTexts.Row("محفل شعر", date, full: true));
    }

    [Fact]
    public void CounselorButtons_LongName_FitAPhone()
    {
        var time = CounselingTexts.TimeWithCounselor("۱۰:۳۰", LongName);
        var label = CounselingTexts.CounselorLabel(LongName, female: true);

        Assert.True(time.Length <= ButtonText.MaxLength, time);
        Assert.StartsWith("۱۰:۳۰ · سیده فاطمه", time);
        Assert.True(label.Length <= ButtonText.MaxLength, label);
        Assert.EndsWith("… (خانم)", label);
    }
}
