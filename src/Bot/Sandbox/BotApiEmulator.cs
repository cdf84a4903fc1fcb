using System.Collections.Concurrent;
using System.Globalization;

namespace RahZendegi.Bot.Sandbox;

/// <summary>
/// An in-memory Telegram Bot API: every token is its own bot (<see cref="SandboxBot"/>), all bots share
/// the same fake users. Thread-safe.
/// </summary>
public sealed class BotApiEmulator(TimeProvider? time = null, string defaultToken = BotApiEmulator.SandboxToken)
{
    public const string SandboxToken = "1000001:sandbox-token";

    /// <summary>The second bot a sandbox run serves, playing Bale, so one person can try both messengers.</summary>
    public const string SandboxBaleToken = "1000002:sandbox-bale-token";

    private readonly ConcurrentDictionary<string, SandboxBot> _bots = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<long, SandboxUser> _users = new();
    private long _lastUserId = 1000;

    public TimeProvider Time { get; } = time ?? TimeProvider.System;

    /// <summary>The token of the bot that user-side calls without a token talk to.</summary>
    public string DefaultToken { get; } = defaultToken;

    public SandboxBot DefaultBot => Bot(DefaultToken);

    public SandboxBot Bot(string token) => _bots.GetOrAdd(token, t => new SandboxBot(this, t));

    /// <summary>The bot of a token, playing the given messenger (Telegram unless said otherwise).</summary>
    public SandboxBot Bot(string token, SandboxPlatform platform)
    {
        var bot = Bot(token);
        bot.Platform = platform;
        return bot;
    }

    public IReadOnlyList<SandboxBot> Bots => [.. _bots.Values.OrderBy(b => b.BotId)];

    public IReadOnlyList<SandboxUser> Users => [.. _users.Values.OrderBy(u => u.Id)];

    /// <summary>Adds a user with the next free id, named «کاربر n» unless a name is given.</summary>
    public SandboxUser AddUser(string? firstName = null)
    {
        var id = Interlocked.Increment(ref _lastUserId);
        var number = _users.Count + 1;
        return AddUser(id, firstName ?? "کاربر " + PersianDigits(number));
    }

    public SandboxUser AddUser(long id, string firstName, string? phoneNumber = null)
    {
        var user = new SandboxUser(id, firstName, phoneNumber ?? FakeMobile(id));
        _users[id] = user;
        return user;
    }

    /// <summary>The user with this id, created on first use so tests can just pick an id.</summary>
    public SandboxUser User(long id) =>
        _users.GetOrAdd(id, i => new SandboxUser(i, "کاربر " + PersianDigits(_users.Count + 1), FakeMobile(i)));

    /// <summary>Runs one Bot API method for a token; returns the HTTP status and the JSON body.</summary>
    public Task<(int Status, string Json)> InvokeAsync(
        string token, string method, BotApiArguments args, CancellationToken ct = default) =>
        Bot(token).InvokeAsync(method, args, ct);

    /// <summary>The download of a file_path for a token; a token no bot has is a path nobody can serve.</summary>
    internal FileDownload Download(string token, string filePath) =>
        _bots.TryGetValue(token, out var bot) ? bot.Download(filePath) : FileDownload.NotFound;

    // An Iranian mobile number (+98 912 …) derived from the user id, so it is stable per user.
    private static string FakeMobile(long userId) =>
        "+98912" + (Math.Abs(userId) % 10_000_000).ToString("D7", CultureInfo.InvariantCulture);

    internal static string PersianDigits(long number) =>
        string.Concat(number.ToString(CultureInfo.InvariantCulture).Select(c => char.IsAsciiDigit(c) ? (char)('۰' + c - '0') : c));
}
