using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RahZendegi.Admin.Hosting;
using RahZendegi.Bot.Hosting;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Pricing;
using RahZendegi.Domain.Workshops;

namespace RahZendegi.Admin.Pages.Workshops;

/// <summary>A printable A4 poster: what, where, when, the price for each group, and a QR code per bot that opens the workshop.</summary>
public class PosterModel(AppDbContext db, StaffScope scope, BotRegistry bots, TimeProvider time) : PageModel
{
    public WorkshopView Workshop { get; private set; } = null!;
    public IReadOnlyList<(MemberCategory Category, long ToPayRials)> Prices { get; private set; } = [];
    public IReadOnlyList<PosterLink> Links { get; private set; } = [];

    public sealed record WorkshopView(
        int Id, string Title, string? Description, WorkshopKind Kind, string Library, WorkshopStatus Status, DateTime SignUpDeadline,
        IReadOnlyList<(DateTime StartsAt, DateTime EndsAt)> Sessions);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var libraries = await scope.LibraryIdsAsync(cancellationToken);
        var workshop = await db.Workshops.AsNoTracking().Include(w => w.Library).Include(w => w.Sessions)
            .SingleOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (workshop is null || (libraries is not null && !libraries.Contains(workshop.LibraryId)))
        {
            return NotFound();
        }

        Workshop = new(workshop.Id, workshop.Title, workshop.Description, workshop.Kind, workshop.Library!.Name, workshop.Status,
            workshop.SignUpDeadline, [.. workshop.Sessions.OrderBy(s => s.StartsAt).Select(s => (s.StartsAt, s.EndsAt))]);

        // The same engine the bot quotes with, for a verified member of each group: the poster promises no other price.
        var now = time.GetUtcNow().UtcDateTime;
        var rules = await db.DiscountRules.AsNoTracking().Where(r => r.ServiceKind == ServiceKind.Workshop).ToListAsync(cancellationToken);
        Prices = [.. MemberCategoryNames.All.Select(c =>
            (c.Category, PricingEngine.Quote(new PriceRequest(ServiceKind.Workshop, workshop.BasePrice, c.Category), rules, null, now).ToPayRials))];
        Links = PosterLink.For(bots.All, workshop.Id);
        return Page();
    }
}
