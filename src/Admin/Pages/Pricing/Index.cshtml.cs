using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RahZendegi.Admin.Hosting;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Persian;
using RahZendegi.Domain.Pricing;
using RahZendegi.Domain.Staff;

namespace RahZendegi.Admin.Pages.Pricing;

/// <summary>The discount table and the discount codes, for the provincial admin (folder policy); a preview of what each category pays.</summary>
public class IndexModel(AppDbContext db, StaffScope scope, AuditLog audit, TimeProvider time) : PageModel
{
    public IReadOnlyList<DiscountRule> Rules { get; private set; } = [];
    public IReadOnlyList<DiscountCode> Codes { get; private set; } = [];
    public IReadOnlyList<(MemberCategory Category, PriceQuote Quote)> Preview { get; private set; } = [];

    public RuleInput Rule { get; set; } = new();
    public CodeInput Code { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public PreviewInput Quote { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    public DateTime Now => time.GetUtcNow().UtcDateTime;

    public sealed class RuleInput
    {
        public int? Id { get; set; }
        public ServiceKind ServiceKind { get; set; }
        public MemberCategory Category { get; set; }

        [Range(0, 100, ErrorMessage = PricingPanelTexts.PercentRange)]
        public int Percent { get; set; }

        public string? ValidFrom { get; set; }
        public string? ValidTo { get; set; }
    }

    public sealed class CodeInput
    {
        [Required(ErrorMessage = PricingPanelTexts.CodeRequired)]
        [StringLength(32)]
        public string Code { get; set; } = "";

        [Range(0, 100, ErrorMessage = PricingPanelTexts.PercentRange)]
        public int Percent { get; set; }

        public ServiceKind ServiceKind { get; set; }

        [Range(1, int.MaxValue, ErrorMessage = PricingPanelTexts.LimitPositive)]
        public int? UsageLimit { get; set; }

        public string? ExpiresOn { get; set; }
    }

    public sealed class PreviewInput
    {
        public string? BaseToman { get; set; }
        public ServiceKind Kind { get; set; }
    }

    public async Task OnGetAsync(int? edit, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (edit is { } id && Rules.FirstOrDefault(r => r.Id == id) is { } rule)
        {
            Rule = new RuleInput
            {
                Id = rule.Id, ServiceKind = rule.ServiceKind, Category = rule.Category, Percent = rule.Percent,
                ValidFrom = PanelDates.FormatStart(rule.ValidFrom), ValidTo = PanelDates.FormatEnd(rule.ValidTo),
            };
        }

        if (!string.IsNullOrWhiteSpace(Quote.BaseToman))
        {
            if (long.TryParse(PersianText.Normalize(Quote.BaseToman).Replace(",", "", StringComparison.Ordinal).Replace("\u066C", "", StringComparison.Ordinal), out var toman) && toman >= 0)
            {
                var baseRials = Money.FromToman(toman);
                Preview = [.. MemberCategoryNames.All.Select(c =>
                    (c.Category, PricingEngine.Quote(new PriceRequest(Quote.Kind, baseRials, c.Category), Rules, null, Now)))];
            }
            else
            {
                ModelState.AddModelError("Quote.BaseToman", PricingPanelTexts.PriceRequired);
            }
        }
    }

    public async Task<IActionResult> OnPostSaveRuleAsync(RuleInput rule, CancellationToken cancellationToken)
    {
        Rule = rule;
        if (!PanelDates.TryStartOfDay(rule.ValidFrom, out var from))
        {
            ModelState.AddModelError("Rule.ValidFrom", PricingPanelTexts.BadDate);
        }

        if (!PanelDates.TryEndOfDay(rule.ValidTo, out var to))
        {
            ModelState.AddModelError("Rule.ValidTo", PricingPanelTexts.BadDate);
        }
        else if (from is not null && to is not null && to <= from)
        {
            ModelState.AddModelError("Rule.ValidTo", PricingPanelTexts.RangeReversed);
        }

        var entity = rule.Id is { } id ? await db.DiscountRules.SingleOrDefaultAsync(r => r.Id == id, cancellationToken) : new DiscountRule();
        if (entity is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        entity.ServiceKind = rule.ServiceKind;
        entity.Category = rule.Category;
        entity.Percent = rule.Percent;
        entity.ValidFrom = from;
        entity.ValidTo = to;
        if (entity.Id == 0)
        {
            db.DiscountRules.Add(entity);
        }

        audit.Record(scope.UserName, rule.Id is null ? "discount-rule-created" : "discount-rule-changed",
            $"{rule.ServiceKind}/{rule.Category}", $"{rule.Percent}% {rule.ValidFrom}–{rule.ValidTo}");
        await db.SaveChangesAsync(cancellationToken);
        Message = PricingPanelTexts.RuleSaved;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostExpireRuleAsync(int id, CancellationToken cancellationToken)
    {
        var rule = await db.DiscountRules.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (rule is null)
        {
            return NotFound();
        }

        // Expired, not deleted: quotes already given name the rule, and the table keeps its history.
        rule.ValidTo = Now;
        audit.Record(scope.UserName, "discount-rule-expired", $"rule:{id}", $"{rule.ServiceKind}/{rule.Category} {rule.Percent}%");
        await db.SaveChangesAsync(cancellationToken);
        Message = PricingPanelTexts.RuleExpired;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostCreateCodeAsync(CodeInput code, CancellationToken cancellationToken)
    {
        Code = code;
        var normalized = DiscountCode.Normalize(code.Code);
        if (normalized.Length == 0)
        {
            ModelState.AddModelError("Code.Code", PricingPanelTexts.CodeRequired);
        }
        else if (await db.DiscountCodes.AnyAsync(c => c.Code == normalized, cancellationToken))
        {
            ModelState.AddModelError("Code.Code", PricingPanelTexts.CodeTaken);
        }

        if (!PanelDates.TryEndOfDay(code.ExpiresOn, out var expires))
        {
            ModelState.AddModelError("Code.ExpiresOn", PricingPanelTexts.BadDate);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        db.DiscountCodes.Add(new DiscountCode
        {
            Code = normalized, Percent = code.Percent, ServiceKind = code.ServiceKind, UsageLimit = code.UsageLimit, ExpiresAt = expires,
        });
        audit.Record(scope.UserName, "discount-code-created", normalized, $"{code.ServiceKind} {code.Percent}%");
        await db.SaveChangesAsync(cancellationToken);
        Message = PricingPanelTexts.CodeSaved;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostExpireCodeAsync(int id, CancellationToken cancellationToken)
    {
        var code = await db.DiscountCodes.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (code is null)
        {
            return NotFound();
        }

        code.Active = false;
        audit.Record(scope.UserName, "discount-code-expired", code.Code);
        await db.SaveChangesAsync(cancellationToken);
        Message = PricingPanelTexts.CodeExpired;
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Rules = await db.DiscountRules.AsNoTracking().OrderBy(r => r.ServiceKind).ThenBy(r => r.Category).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        Codes = await db.DiscountCodes.AsNoTracking().OrderByDescending(c => c.Id).ToListAsync(cancellationToken);
    }
}
