using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RahZendegi.Admin.Hosting;
using RahZendegi.Admin.Pages.Payments;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Persian;

namespace RahZendegi.Admin.Pages.Membership;

public class IndexModel(AppDbContext db, StaffScope scope) : PageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Pending { get; set; }

    public IReadOnlyList<MemberRow> Members { get; private set; } = [];

    /// <summary>Each listed member's membership payment, by member.</summary>
    public IReadOnlyDictionary<int, PaymentCell> Payments { get; private set; } = new Dictionary<int, PaymentCell>();

    // National ID and phone stay out of the list on purpose: they are shown on the member's own page only.
    public sealed record MemberRow(int Id, string MembershipNumber, string FullName, string Library, MemberCategory Category, CategoryStatus Status, DateTime CreatedAt);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var libraries = await scope.LibraryIdsAsync(cancellationToken);
        var query = db.Members.AsNoTracking();
        if (libraries is not null)
        {
            query = query.Where(m => libraries.Contains(m.LibraryId));
        }

        if (Pending)
        {
            query = query.Where(m => m.CategoryStatus == CategoryStatus.Pending);
        }

        query = Search(query, Q);
        Members = await query
            .OrderByDescending(m => m.Id)
            .Take(PageSize)
            .Select(m => new MemberRow(m.Id, m.MembershipNumber, m.FullName, m.Library!.Name, m.Category, m.CategoryStatus, m.CreatedAt))
            .ToListAsync(cancellationToken);
        Payments = await PaymentCell.ForMembersAsync(db, Members.Select(m => m.Id), cancellationToken);
    }

    // One box for everything staff search by: a valid national ID or mobile number is matched exactly,
    // other digits as a membership number, anything else as part of the name.
    private static IQueryable<Member> Search(IQueryable<Member> query, string? typed)
    {
        var text = PersianText.Normalize(typed);
        if (text.Length == 0)
        {
            return query;
        }

        if (NationalId.Validate(text, out var nationalId) == NationalIdCheck.Valid)
        {
            return query.Where(m => m.NationalId == nationalId || m.MembershipNumber == text);
        }

        if (IranianMobile.TryNormalize(text, out var phone) == MobileCheck.Valid)
        {
            return query.Where(m => m.Phone == phone);
        }

        return text.All(char.IsAsciiDigit)
            ? query.Where(m => m.MembershipNumber.Contains(text))
            : query.Where(m => m.FullName.Contains(text) || m.MembershipNumber == text);
    }
}
