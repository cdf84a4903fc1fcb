namespace RahZendegi.Bot.Hosting;

public enum Platform { Telegram, Bale }

/// <summary>One item of the configuration array <c>Bots</c>. An item without a token is disabled.</summary>
public sealed class BotOptions
{
    public string Name { get; set; } = "";

    /// <summary>
    /// Telegram or Bale. Kept as text because the binder silently drops an array item whose enum value
    /// does not parse; the validation names the key instead.
    /// </summary>
    public string Platform { get; set; } = nameof(Hosting.Platform.Telegram);

    public string? Token { get; set; }

    /// <summary>The Bot API root; empty means the platform's public one.</summary>
    public string? ApiBaseUrl { get; set; }

    /// <summary>How this bot hears of updates: long polling (the default) or a webhook.</summary>
    public ReceiveOptions Receive { get; set; } = new();

    /// <summary>Paying in the chat; Bale only.</summary>
    public PaymentOptions Payments { get; set; } = new();

    public bool Enabled => !string.IsNullOrWhiteSpace(Token);

    public bool TryGetPlatform(out Platform platform) =>
        Enum.TryParse(Platform, ignoreCase: true, out platform) && Enum.IsDefined(platform);
}

/// <summary><c>Bots:N:Payments</c>: in-chat invoices, which only Bale serves in Iran.</summary>
public sealed class PaymentOptions
{
    /// <summary>
    /// Bale's provider_token: the card number, gateway number or wallet token from the bot's payment settings. Empty:
    /// no invoices, people pay at the desk. Give it by environment; it is never logged and never stored.
    /// </summary>
    public string? ProviderToken { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(ProviderToken);
}
