using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Membership;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Domain.Data;

/// <summary>The migration that replaced a member's one proof file id with proof rows keeps every file id it found.</summary>
public sealed class CategoryProofsMigrationTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Migrate_MembersWithAProofFileId_MovesEachIntoAProofWithItsDecision(DatabaseProvider provider)
    {
        using var database = new TestDatabase(provider);
        await using (var db = database.NewContext())
        {
            var migrations = db.Database.GetMigrations().ToList();
            var before = migrations[migrations.FindIndex(m => m.EndsWith("_CategoryProofs", StringComparison.Ordinal)) - 1];
            await db.GetService<IMigrator>().MigrateAsync(before);

            var joined = new DateTime(2026, 11, 1, 8, 0, 0, DateTimeKind.Utc);
            var decided = new DateTime(2026, 11, 3, 9, 30, 0, DateTimeKind.Utc);
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO "Libraries" ("Id", "Name", "Province", "City", "Active") VALUES (1, 'کتابخانه', 'ایلام', 'ایلام', {true})
                """);
            await InsertMemberAsync(db, 1, "telegram", "Pending", null, null, "photo-pending", joined);
            await InsertMemberAsync(db, 2, "bale", "Rejected", decided, "خوانا نیست", "photo-rejected", joined);
            await InsertMemberAsync(db, 3, "telegram", "Pending", null, null, null, joined);
            await db.GetService<IMigrator>().MigrateAsync();
        }

        await using var migrated = database.NewContext();
        var proofs = await migrated.CategoryProofs.OrderBy(p => p.MemberId).ToListAsync();
        Assert.Equal([1, 2], proofs.Select(p => p.MemberId));
        Assert.Equal(("telegram", "photo-pending", ProofKind.Photo, (CategoryStatus?)null), (proofs[0].BotName, proofs[0].FileId, proofs[0].Kind, proofs[0].Decision));
        Assert.Equal(new DateTime(2026, 11, 1, 8, 0, 0), proofs[0].ReceivedAt);
        Assert.Equal(("bale", CategoryStatus.Rejected, "خوانا نیست", new DateTime(2026, 11, 3, 9, 30, 0)),
            (proofs[1].BotName, proofs[1].Decision!.Value, proofs[1].RejectionReason, proofs[1].DecidedAt!.Value));
    }

    private static Task InsertMemberAsync(Microsoft.EntityFrameworkCore.DbContext db, int id, string bot, string status, DateTime? decidedAt,
        string? reason, string? proofFileId, DateTime createdAt) =>
        db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO "Members" ("Id", "BotName", "UserId", "ChatId", "MembershipNumber", "FullName", "NationalId", "Phone", "LibraryId",
                "Category", "CategoryStatus", "RejectionReason", "ProofFileId", "FeeBaseRials", "FeeToPayRials", "CreatedAt", "CategoryDecidedAt")
            VALUES ({id}, {bot}, {(long)id}, {(long)id}, {"0500000" + id}, 'زهرا محمدی', {"000000000" + id}, {"+98912000000" + id}, 1,
                'CommitteeClient', {status}, {reason}, {proofFileId}, {1_000_000L}, {1_000_000L}, {createdAt}, {decidedAt})
            """);
}
