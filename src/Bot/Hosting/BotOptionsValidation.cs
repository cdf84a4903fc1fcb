using Microsoft.Extensions.Options;

namespace RahZendegi.Bot.Hosting;

/// <summary>Checks the <c>Bots</c> array on start so that a mistake names its key instead of failing later.</summary>
internal sealed class BotOptionsValidation : IValidateOptions<List<BotOptions>>
{
    public ValidateOptionsResult Validate(string? name, List<BotOptions> bots)
    {
        var failures = new List<string>();
        for (var i = 0; i < bots.Count; i++)
        {
            var bot = bots[i];
            if (!bot.Enabled)
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(bot.Name))
            {
                failures.Add($"Bots:{i}:Name is empty: give every bot with a token a short unique name.");
            }
            else if (bots.Count(b => b.Enabled && b.Name == bot.Name) > 1)
            {
                failures.Add($"Bots:{i}:Name «{bot.Name}» is used by another bot: names must be unique.");
            }

            if (!bot.TryGetPlatform(out _))
            {
                failures.Add($"Bots:{i}:Platform must be Telegram or Bale.");
            }

            if (!string.IsNullOrWhiteSpace(bot.ApiBaseUrl) &&
                !(Uri.TryCreate(bot.ApiBaseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            {
                failures.Add($"Bots:{i}:ApiBaseUrl must be an absolute http or https address.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
