using Microsoft.EntityFrameworkCore;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Reports;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Domain.Reports;

public sealed class SubsidyReportTests
{
    private static readonly DateTime Day = new(2026, 11, 29, 6, 30, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Build_SessionsOfAVerifiedCommitteeClientAndOfThePublic_SplitsValueChargeAndSubsidyPerCategory()
    {
        using var database = TestDatabase.Migrated();
        await using var db = database.NewContext();
        var library = Seed.Library("مهران");
        db.Libraries.Add(library);
        await db.SaveChangesAsync();
        var counselor = Seed.Counselor(library.Id);
        db.Counselors.Add(counselor);
        db.Members.Add(Seed.Member(library.Id, 1, MemberCategory.CommitteeClient, CategoryStatus.Verified, bot: "t"));
        await db.SaveChangesAsync();
        Booking Session(long user, int hour, BookingStatus status, long toPay) => new()
        {
            TrackingCode = $"{user}{hour}00000", BotName = "t", UserId = user, ChatId = user, CounselorId = counselor.Id, LibraryId = library.Id,
            Topic = CounselingTopic.Family, StartsAt = Day.AddHours(hour), EndsAt = Day.AddHours(hour).AddMinutes(45), Status = status,
            BaseRials = 2_000_000, DiscountRials = 2_000_000 - toPay, ToPayRials = toPay, CreatedAt = Day.AddDays(-2),
        };
        db.Bookings.AddRange(
            Session(1, 0, BookingStatus.Attended, 0),
            Session(1, 1, BookingStatus.NoShow, 0),
            Session(2, 2, BookingStatus.Attended, 2_000_000),
            Session(2, 3, BookingStatus.CancelledByUser, 2_000_000));
        await db.SaveChangesAsync();

        var lines = await new SubsidyReport(db).BuildAsync(Day.Date, Day.Date.AddDays(1), null, CancellationToken.None);

        var committee = lines.Single(l => l.Category == MemberCategory.CommitteeClient);
        Assert.Equal((1, 2_000_000L, 0L, 2_000_000L, 0.5), (committee.Sessions, committee.ListPriceRials, committee.ChargedRials, committee.SubsidyRials, committee.NoShowRate));
        var general = lines.Single(l => l.Category == MemberCategory.Public);
        Assert.Equal((1, 0L, 0.0), (general.Sessions, general.SubsidyRials, general.NoShowRate));
    }
}
