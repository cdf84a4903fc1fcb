using RahZendegi.Bot.Membership;
using RahZendegi.Domain.Membership;
using RahZendegi.Tests.Support;
using SkiaSharp;
using ZXing;

namespace RahZendegi.Tests.Bot.Membership;

public class MembershipCardTests
{
    [Theory]
    [InlineData(MemberCategory.CommitteeClient, CategoryStatus.Verified)]
    [InlineData(MemberCategory.CommitteeClient, CategoryStatus.Pending)]
    [InlineData(MemberCategory.CommitteeStaffOrFamily, CategoryStatus.Verified)]
    [InlineData(MemberCategory.LibraryStaff, CategoryStatus.Verified)]
    [InlineData(MemberCategory.LibraryMember, CategoryStatus.Rejected)]
    public void Create_AnyGroup_TheSameCardAsTheGeneralPublic(MemberCategory category, CategoryStatus status)
    {
        var library = Seed.Library();
        var createdAt = new DateTime(2026, 11, 29, 8, 0, 0, DateTimeKind.Utc);
        Member Holder(MemberCategory c, CategoryStatus s)
        {
            var member = Seed.Member(1, 1, c, s, createdAt: createdAt);
            member.Library = library;
            return member;
        }

        var factory = new MembershipCardFactory();

        Assert.Equal(factory.Create(Holder(MemberCategory.Public, CategoryStatus.None)), factory.Create(Holder(category, status)));
    }

    private static readonly MembershipCardData Sample = new(
        FullName: "زهرا محمدی",
        MembershipNumber: "۱۴۰۵-۰۰۰۱۲۳",
        LibraryName: "کتابخانهٔ عمومی امام رضا (ع) مشهد",
        IssuedOn: "شنبه ۸ آذر ۱۴۰۵",
        QrPayload: "1405-000123");

    [Fact]
    public void Render_SampleMember_DecodesAsPngOfCardSize()
    {
        var png = MembershipCard.Render(Sample);

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        using var bitmap = SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        Assert.Equal(MembershipCard.Width, bitmap.Width);
        Assert.Equal(MembershipCard.Height, bitmap.Height);
    }

    [Fact]
    public void Render_SampleMember_QrCodeReadsBackThePayload()
    {
        using var bitmap = SKBitmap.Decode(MembershipCard.Render(Sample));
        using var rgba = bitmap.Copy(SKColorType.Rgba8888);
        var reader = new BarcodeReaderGeneric();
        reader.Options.PossibleFormats = [BarcodeFormat.QR_CODE];

        var result = reader.Decode(rgba.Bytes, rgba.Width, rgba.Height, RGBLuminanceSource.BitmapFormat.RGBA32);

        Assert.NotNull(result);
        Assert.Equal("1405-000123", result.Text);
    }

    [Fact]
    public void Render_SameDataTwice_GivesIdenticalBytes() =>
        Assert.Equal(MembershipCard.Render(Sample), MembershipCard.Render(Sample));

    [Fact]
    public void Render_DifferentName_GivesDifferentImage() =>
        Assert.NotEqual(MembershipCard.Render(Sample), MembershipCard.Render(Sample with { FullName = "علی رضایی" }));

    [Fact]
    public void Render_VeryLongLibraryName_StillRendersTheCard()
    {
        var data = Sample with { LibraryName = string.Join(' ', Enumerable.Repeat("کتابخانهٔ عمومی فرهنگسرای بزرگ", 6)) };

        using var bitmap = SKBitmap.Decode(MembershipCard.Render(data));

        Assert.Equal(MembershipCard.Width, bitmap.Width);
    }

    [Fact]
    public void Render_NoData_Throws() =>
        Assert.Throws<ArgumentNullException>(() => MembershipCard.Render(null!));
}
