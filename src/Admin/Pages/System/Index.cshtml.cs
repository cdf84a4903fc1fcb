using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using RahZendegi.Admin.Hosting;
using RahZendegi.Bot.Hosting;
using RahZendegi.Domain.Reports;

namespace RahZendegi.Admin.Pages.System;

/// <summary>The provincial admin's view of the machinery: each bot this process serves, the queues, the traffic per hour.</summary>
public class IndexModel(MessagingLoad load, IOptions<PanelOptions> panel, BotRegistry? registry = null) : PageModel
{
    public sealed record BotRow(string Name, bool UsesWebhook, DateTimeOffset? LastSuccess, (DateTimeOffset At, string What)? LastError);

    /// <summary>The bots this process runs; empty when the bot worker runs in another process.</summary>
    public IReadOnlyList<BotRow> Bots { get; private set; } = [];

    public MessagingFigures Figures { get; private set; } = new([], [], DateTime.MinValue);

    public IReadOnlyList<Chart> Charts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // Without the worker the registry holds only the clients the panel fetches files with: nothing here receives.
        IReadOnlyCollection<BotEndpoint> served = panel.Value.BotWorker ? registry?.All ?? [] : [];
        Bots = [.. served.OrderBy(b => b.Name, StringComparer.Ordinal)
            .Select(b => new BotRow(b.Name, b.UsesWebhook, b.Contact.LastSuccess, b.Contact.LastError))];
        Figures = await load.BuildAsync(cancellationToken);
        var labels = Figures.Hours.Select(h => SystemTexts.Hour(h.StartUtc)).ToList();
        Charts =
        [
            new("updates-per-hour", SystemTexts.ReceivedChart, labels, [new(SystemTexts.Received, [.. Figures.Hours.Select(h => (long)h.Received)], Line: true)]),
            new("sends-per-hour", SystemTexts.SentChart, labels, [new(SystemTexts.Sent, [.. Figures.Hours.Select(h => (long)h.Sent)], Line: true)]),
        ];
    }
}
