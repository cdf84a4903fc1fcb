using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Messaging;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Domain.Membership;

public sealed class CategoryVerificationOnSqliteTests() : CategoryVerificationTests(DatabaseProvider.Sqlite);

// The code under test has no provider-specific branch: the full suite runs this twin, the fast loop leaves it out.
[Trait("Category", "Slow")]
public sealed class CategoryVerificationOnPostgresTests() : CategoryVerificationTests(DatabaseProvider.Postgres);

public abstract class CategoryVerificationTests(DatabaseProvider provider) : IAsyncLifetime
{
    private const string Pending = "5260181591";
    private const string Other = "0830166130";

    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 29, 7, 0, 0, TimeSpan.Zero));
    private DomainServices services = null!;
    private AppDbContext db = null!;

    public async Task InitializeAsync()
    {
        services = await DomainServices.StartAsync(time, provider);
        db = services.Db;
        var library = Seed.Library("مهران");
        db.Libraries.Add(library);
        await db.SaveChangesAsync();
        db.Members.Add(Seed.Member(library.Id, 1, MemberCategory.CommitteeClient, CategoryStatus.Pending, nationalId: Pending));
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => services.DisposeAsync().AsTask();

    private CategoryVerification Verification() => services.Scope.Get<CategoryVerification>();

    /// <summary>Imports and commits, as the panel page does.</summary>
    private async Task<ImportReport> ImportAsync(MemberCategory category, Stream csv)
    {
        var report = await Verification().ImportEligibleAsync(category, csv, CancellationToken.None);
        await db.SaveChangesAsync();
        return report;
    }

    private static MemoryStream Csv(string text) => new(Encoding.UTF8.GetBytes(text));

    [Fact]
    public async Task Import_ListWithHeaderAndBadLines_ReportsEachAndVerifiesTheMatchingClaim()
    {
        var report = await ImportAsync(MemberCategory.CommitteeClient,
            Csv($"کد ملی,نام\n{Pending},زهرا\n۰۸۳۰۱۶۶۱۳۰,علی\n12345,بد\n\n{Other},تکراری\n5260181592,رقم کنترل\n"));

        Assert.Equal(5, report.RowsRead);
        Assert.Equal(2, report.Added);
        Assert.Equal(1, report.Matched);
        Assert.Equal([4, 7], report.Malformed.Select(m => m.LineNumber));
        Assert.Equal("12345,بد", report.Malformed[0].Text);
        var member = await db.Members.SingleAsync();
        Assert.Equal(CategoryStatus.Verified, member.CategoryStatus);
        var notice = Outgoing.Deserialize((await db.OutboxMessages.SingleAsync()).Payload);
        Assert.Equal(new OutgoingText(MembershipNotices.Verified(MemberCategoryNames.CommitteeClient)), notice);
    }

    [Fact]
    public async Task Import_ForAnotherCategory_LeavesTheClaimPending()
    {
        var report = await ImportAsync(MemberCategory.LibraryStaff, Csv(Pending));

        Assert.Equal((1, 1, 0), (report.RowsRead, report.Added, report.Matched));
        Assert.Equal(CategoryStatus.Pending, (await db.Members.SingleAsync()).CategoryStatus);
        Assert.True(await Verification().IsEligibleAsync(Pending, MemberCategory.LibraryStaff, CancellationToken.None));
    }

    [Fact]
    public async Task Import_TheSameListTwice_AddsNothingTheSecondTime()
    {
        await ImportAsync(MemberCategory.CommitteeClient, Csv($"{Pending}\n{Other}"));

        var again = await ImportAsync(MemberCategory.CommitteeClient, Csv($"{Pending}\n{Other}"));

        Assert.Equal((2, 0, 0), (again.RowsRead, again.Added, again.Matched));
        Assert.Equal(2, await db.EligibleNationalIds.CountAsync());
    }

    [Fact]
    public async Task Reject_WithAReason_RecordsItAndTellsThePerson()
    {
        var member = await db.Members.SingleAsync();

        Assert.Equal(DecisionOutcome.Done, await Verification().RejectAsync(member.Id, " مدرک خوانا نیست ", CancellationToken.None));
        await db.SaveChangesAsync();

        Assert.Equal((CategoryStatus.Rejected, "مدرک خوانا نیست"), (member.CategoryStatus, member.RejectionReason));
        Assert.Equal(time.GetUtcNow().UtcDateTime, member.CategoryDecidedAt);
        Assert.Single(db.OutboxMessages);
    }

    [Fact]
    public async Task Verify_UnknownMember_SaysNotFound()
    {
        Assert.Equal(DecisionOutcome.NotFound, await Verification().VerifyAsync(999, CancellationToken.None));
    }
}
