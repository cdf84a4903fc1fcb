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

            if (!bot.TryGetPlatform(out var platform))
            {
                failures.Add($"Bots:{i}:Platform must be Telegram or Bale.");
            }
            else if (bot.Payments.Enabled && platform != Platform.Bale)
            {
                // The value itself is never put in a message.
                failures.Add($"Bots:{i}:Payments:ProviderToken is set, but only Bale takes payments in the chat: remove it, or set Bots:{i}:Platform to Bale.");
            }

            if (!string.IsNullOrWhiteSpace(bot.ApiBaseUrl) &&
                !(Uri.TryCreate(bot.ApiBaseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            {
                failures.Add($"Bots:{i}:ApiBaseUrl must be an absolute http or https address.");
            }

            ValidateReceive(bot.Receive, $"Bots:{i}:Receive", failures);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateReceive(ReceiveOptions receive, string key, List<string> failures)
    {
        if (!receive.TryGetMode(out var mode))
        {
            failures.Add($"{key}:Mode must be Polling or Webhook.");
            return;
        }

        if (mode != ReceiveMode.Webhook)
        {
            return;
        }

        if (!IsHttpAddress(receive.PublicUrl))
        {
            failures.Add($"{key}:PublicUrl must be the absolute https address the messenger calls, e.g. https://bot.example.org.");
        }

        // Telegram takes 1–256 of A-Z, a-z, 0-9, _ and - as secret_token; the same set is safe in Bale's URL path.
        // The value itself is never put in a message.
        var secret = receive.Secret ?? "";
        if (secret.Length < ReceiveOptions.MinimumSecretLength || secret.Length > 256
            || !secret.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
        {
            failures.Add($"{key}:Secret must be {ReceiveOptions.MinimumSecretLength} to 256 characters of A-Z, a-z, 0-9, _ and -.");
        }
    }

    internal static bool IsHttpAddress(string? text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}
