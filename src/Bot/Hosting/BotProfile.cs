using Microsoft.Extensions.Logging;
using RahZendegi.Bot.MainMenu;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace RahZendegi.Bot.Hosting;

/// <summary>
/// Sets the bot's description, short description and commands from <see cref="BotProfileTexts"/> on every start, on
/// Telegram and Bale alike (Bale takes the same methods), so what the messenger shows follows the repository.
/// </summary>
internal static class BotProfile
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public static async Task PublishAsync(BotEndpoint bot, ILogger botLogger, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(Timeout);
        try
        {
            await bot.Client.SetMyDescription(description: BotProfileTexts.Description, cancellationToken: limit.Token);
            await bot.Client.SetMyShortDescription(shortDescription: BotProfileTexts.ShortDescription, cancellationToken: limit.Token);
            await bot.Client.SetMyCommands(
                commands: BotProfileTexts.Commands.Select(c => new BotCommand { Command = c.Command, Description = c.Description }),
                cancellationToken: limit.Token);
        }
        catch (Exception e) when (e is RequestException or HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // The bot works without them: the messenger keeps what it showed before, until the next start.
            botLogger.LogWarning("Bot {Bot}: its description and commands were not set ({Error}); they stay as they were until a restart.", bot.Name, e.GetType().Name);
        }
    }
}
