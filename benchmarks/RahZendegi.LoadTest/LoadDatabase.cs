using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RahZendegi.Bot.Counseling;
using RahZendegi.Domain;
using RahZendegi.Domain.Conversations;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Membership;
using RahZendegi.Tests.Support;

namespace RahZendegi.LoadTest;

/// <summary>
/// A fresh database for one workload, a SQLite file or a PostgreSQL database with a random name (dropped afterwards):
/// the schema, the demo libraries and counsellors, and, when asked, many members.
/// </summary>
public sealed class LoadDatabase(DatabaseProvider provider) : IDisposable
{
    private readonly TestDatabase database = new(provider);

    public DatabaseProvider Provider => database.Provider;

    public string ConnectionString => database.ConnectionString;

    /// <summary>The bot process's settings for this database, as environment variables.</summary>
    public IReadOnlyDictionary<string, string?> Settings => database.Settings("__");

    public async Task PrepareAsync()
    {
        await using var services = Services();
        await services.PrepareDatabaseAsync();
    }

    /// <summary>
    /// Registered members of the bot, and for the first <paramref name="midConversation"/> of them a conversation
    /// left at the booking flow's first question, as people who walked away mid-flow.
    /// </summary>
    public async Task AddMembersAsync(string botName, IReadOnlyList<long> userIds, int midConversation)
    {
        await using var services = Services();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var libraries = await db.Libraries.Select(l => l.Id).ToListAsync();
        var now = DateTime.UtcNow;
        foreach (var chunk in userIds.Chunk(5_000))
        {
            db.Members.AddRange(chunk.Select(id => new Member
            {
                BotName = botName,
                UserId = id,
                ChatId = id,
                MembershipNumber = "L" + id,
                FullName = "عضو آزمایشی",
                NationalId = NationalIds.For(id),
                Phone = "+98912" + (id % 10_000_000).ToString("D7", System.Globalization.CultureInfo.InvariantCulture),
                LibraryId = libraries[(int)(id % libraries.Count)],
                Category = MemberCategory.Public,
                CreatedAt = now,
            }));
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        var draft = JsonSerializer.Serialize(new BookingDraft());
        foreach (var chunk in userIds.Take(midConversation).Chunk(5_000))
        {
            db.Conversations.AddRange(chunk.Select(id => new ConversationState
            {
                BotName = botName,
                UserId = id,
                ChatId = id,
                Flow = BookSessionFlow.FlowName,
                State = "Topic",
                Draft = draft,
                LastActivityAt = now,
            }));
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }

    private ServiceProvider Services()
    {
        var settings = database.Settings();
        settings["Demo:Seed"] = "true";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddDomain()
            .BuildServiceProvider();
    }

    public void Dispose() => database.Dispose();
}

/// <summary>Valid, distinct national IDs (کد ملی) made from a number: nine digits and their check digit.</summary>
public static class NationalIds
{
    public static string For(long number)
    {
        var digits = (100_000_000 + number % 800_000_000).ToString("D9", System.Globalization.CultureInfo.InvariantCulture);
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (digits[i] - '0') * (10 - i);
        }

        var remainder = sum % 11;
        return digits + (remainder < 2 ? remainder : 11 - remainder);
    }
}
