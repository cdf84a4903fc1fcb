using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RahZendegi.Domain;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Membership;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Domain.Membership;

public sealed class CategoryProofOnSqliteTests() : CategoryProofTests(DatabaseProvider.Sqlite);

public sealed class CategoryProofOnPostgresTests() : CategoryProofTests(DatabaseProvider.Postgres);

public sealed class ProofRetentionOptionsTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("4000")]
    public void Start_WithARetentionOutOfRange_FailsNamingTheKey(string days)
    {
        using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Membership:ProofRetentionDays"] = days,
            }).Build())
            .AddDomain()
            .BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<MembershipOptions>>().Value);
        Assert.Contains("Membership:ProofRetentionDays", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_IsAMonth() => Assert.Equal(30, new MembershipOptions().ProofRetentionDays);
}

/// <summary>Proofs over a claim's life: sent, decided on, sent again after a rejection, and cleared after the retention.</summary>
public abstract class CategoryProofTests(DatabaseProvider provider) : IAsyncLifetime
{
    private const long User = 7;
    private static readonly ProofFile FirstPhoto = new("photo-1", "u-photo-1", ProofKind.Photo);
    private static readonly ProofFile Letter = new("doc-2", "u-doc-2", ProofKind.Document, "نامه.pdf", "application/pdf");

    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 29, 7, 0, 0, TimeSpan.Zero));
    private DomainServices services = null!;
    private int memberId;

    public async Task InitializeAsync()
    {
        services = await DomainServices.StartAsync(time, provider);
        var db = services.Db;
        var library = Seed.Library("مهران");
        db.Libraries.Add(library);
        await db.SaveChangesAsync();
        var member = Seed.Member(library.Id, User, MemberCategory.CommitteeClient, CategoryStatus.Pending);
        db.Members.Add(member);
        await db.SaveChangesAsync();
        memberId = member.Id;
    }

    public Task DisposeAsync() => services.DisposeAsync().AsTask();

    /// <summary>One unit of work, committed as an update or a panel request commits it.</summary>
    private async Task<T> CommitAsync<T>(Func<MembershipService, CategoryVerification, Task<T>> work)
    {
        await using var scope = services.NewScope();
        var result = await work(scope.Get<MembershipService>(), scope.Get<CategoryVerification>());
        await scope.Db().SaveChangesAsync();
        return result;
    }

    private Task<ProofOutcome> SendAsync(ProofFile proof) =>
        CommitAsync((membership, _) => membership.AddProofAsync("test", User, proof, CancellationToken.None));

    private async Task<List<CategoryProof>> ProofsAsync()
    {
        await using var db = services.Database.NewContext();
        return await db.CategoryProofs.OrderBy(p => p.ReceivedAt).ThenBy(p => p.Id).ToListAsync();
    }

    private async Task<Member> MemberAsync()
    {
        await using var db = services.Database.NewContext();
        return await db.Members.SingleAsync(m => m.Id == memberId);
    }

    private async Task KeepBytesAsync(int proofId)
    {
        await using var db = services.Database.NewContext();
        (await db.CategoryProofs.SingleAsync(p => p.Id == proofId)).KeepFetched([1, 2, 3], "image/jpeg", time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task AddProof_WhilePending_KeepsEachFileWaitingWithoutBytes()
    {
        Assert.Equal(ProofOutcome.Added, await SendAsync(FirstPhoto));
        time.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(ProofOutcome.Added, await SendAsync(Letter));
        Assert.Equal(ProofOutcome.Added, await SendAsync(Letter));

        var proofs = await ProofsAsync();
        Assert.Equal([ProofKind.Photo, ProofKind.Document], proofs.Select(p => p.Kind));
        Assert.All(proofs, p => Assert.Equal(("test", (CategoryStatus?)null, (byte[]?)null), (p.BotName, p.Decision, p.Content)));
        Assert.Equal(("doc-2", "u-doc-2", "نامه.pdf", "application/pdf"), (proofs[1].FileId, proofs[1].FileUniqueId, proofs[1].FileName, proofs[1].ContentType));
    }

    [Fact]
    public async Task Reject_ThenANewProof_ReopensTheClaimAndKeepsThePastDecisionOnTheOldProof()
    {
        await SendAsync(FirstPhoto);
        time.Advance(TimeSpan.FromHours(1));
        await CommitAsync((_, verification) => verification.RejectAsync(memberId, "عکس خوانا نیست", CancellationToken.None));
        var rejectedAt = time.GetUtcNow().UtcDateTime;
        time.Advance(TimeSpan.FromDays(1));

        Assert.Equal(ProofOutcome.Reopened, await SendAsync(Letter));

        var member = await MemberAsync();
        Assert.Equal((CategoryStatus.Pending, (string?)null, (DateTime?)null), (member.CategoryStatus, member.RejectionReason, member.CategoryDecidedAt));
        var proofs = await ProofsAsync();
        Assert.Equal((CategoryStatus.Rejected, rejectedAt, "عکس خوانا نیست"), (proofs[0].Decision, proofs[0].DecidedAt!.Value, proofs[0].RejectionReason));
        Assert.Null(proofs[1].Decision);

        time.Advance(TimeSpan.FromHours(2));
        await CommitAsync((_, verification) => verification.VerifyAsync(memberId, CancellationToken.None));
        proofs = await ProofsAsync();
        Assert.Equal([CategoryStatus.Rejected, CategoryStatus.Verified], proofs.Select(p => p.Decision!.Value));
        Assert.Equal(time.GetUtcNow().UtcDateTime, proofs[1].DecidedAt);
    }

    [Fact]
    public async Task AddProof_OnceVerified_IsRefused()
    {
        await CommitAsync((_, verification) => verification.VerifyAsync(memberId, CancellationToken.None));

        Assert.Equal(ProofOutcome.NothingToProve, await SendAsync(FirstPhoto));
        Assert.Equal(ProofOutcome.NotMember,
            await CommitAsync((membership, _) => membership.AddProofAsync("test", 999, FirstPhoto, CancellationToken.None)));
        Assert.Empty(await ProofsAsync());
    }

    [Fact]
    public async Task ClearExpired_PastTheRetention_ClearsTheFileButKeepsTheDecision()
    {
        await SendAsync(FirstPhoto);
        var first = (await ProofsAsync()).Single();
        await KeepBytesAsync(first.Id);
        await CommitAsync((_, verification) => verification.RejectAsync(memberId, "نامهٔ کمیته لازم است", CancellationToken.None));
        await SendAsync(Letter);
        var retention = TimeSpan.FromDays(services.Scope.Get<IOptions<MembershipOptions>>().Value.ProofRetentionDays);

        time.Advance(retention - TimeSpan.FromMinutes(1));
        Assert.Equal(0, await services.Scope.Get<ProofRetention>().ClearExpiredAsync(CancellationToken.None));
        Assert.NotNull((await ProofsAsync())[0].Content);

        time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await services.Scope.Get<ProofRetention>().ClearExpiredAsync(CancellationToken.None));

        var proofs = await ProofsAsync();
        var cleared = proofs[0];
        Assert.Equal(((byte[]?)null, (string?)null, (string?)null, (string?)null, (string?)null),
            (cleared.Content, cleared.FileId, cleared.FileUniqueId, cleared.FileName, cleared.ContentType));
        Assert.Equal((CategoryStatus.Rejected, "نامهٔ کمیته لازم است", time.GetUtcNow().UtcDateTime),
            (cleared.Decision!.Value, cleared.RejectionReason, cleared.ClearedAt!.Value));

        // The letter sent after the rejection waits for its own decision, however long that takes.
        Assert.Equal(("doc-2", (DateTime?)null), (proofs[1].FileId, proofs[1].ClearedAt));
        time.Advance(retention * 3);
        Assert.Equal(0, await services.Scope.Get<ProofRetention>().ClearExpiredAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Register_WithAProofOnTheCommitteeList_IsDecidedAtOnce()
    {
        const string nationalId = "5260181591";
        await using (var db = services.Database.NewContext())
        {
            db.EligibleNationalIds.Add(new EligibleNationalId
            {
                NationalId = nationalId, Category = MemberCategory.CommitteeClient, ImportedAt = time.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync();
        }

        var libraryId = (await MemberAsync()).LibraryId;
        var result = await CommitAsync((membership, _) => membership.RegisterAsync(new Registration(
            "test", 8, 8, MemberCategory.CommitteeClient, "مریم احمدی", nationalId, "+989121110000", libraryId, FirstPhoto, null),
            CancellationToken.None));

        var proof = (await ProofsAsync()).Single();
        Assert.Equal(result.Member!.Id, proof.MemberId);
        Assert.Equal((CategoryStatus.Verified, time.GetUtcNow().UtcDateTime), (proof.Decision!.Value, proof.DecidedAt!.Value));
    }
}
