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
public class IndexModel(AppDbContext db, StaffScope scope, DiscountTable table, AuditLog audit, TimeProvider time) : PageModel
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

        public int Percent { get; set; }

        public string? ValidFrom { get; set; }
        public string? ValidTo { get; set; }
    }

    public sealed class CodeInput
    {
        [Required(ErrorMessage = PricingPanelTexts.CodeRequired)]
        [StringLength(32)]
        public string Code { get; set; } = "";

        public int Percent { get; set; }

        public ServiceKind ServiceKind { get; set; }

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
            if (Money.TryParseToman(Quote.BaseToman, out var baseRials))
            {
                Preview = DiscountTable.Preview(Quote.Kind, baseRials, Rules, Now);
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

        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        var note = new AuditNote(rule.Id is null ? "discount-rule-created" : "discount-rule-changed",
            $"{rule.ServiceKind}/{rule.Category}", $"{rule.Percent}% {rule.ValidFrom}–{rule.ValidTo}");
        var (error, _) = await audit.RecordAsync(scope.UserName, note,
            () => table.SaveRuleAsync(new DiscountRuleEdit(rule.Id, rule.ServiceKind, rule.Category, rule.Percent, from, to), cancellationToken),
            saved => saved.Error == DiscountRuleError.None, cancellationToken);
        switch (error)
        {
            case DiscountRuleError.NotFound:
                return NotFound();
            case DiscountRuleError.PercentOutOfRange:
                ModelState.AddModelError("Rule.Percent", PricingPanelTexts.PercentRange);
                break;
            case DiscountRuleError.EndsBeforeStart:
                ModelState.AddModelError("Rule.ValidTo", PricingPanelTexts.RangeReversed);
                break;
            default:
                Message = PricingPanelTexts.RuleSaved;
                return RedirectToPage();
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostExpireRuleAsync(int id, CancellationToken cancellationToken)
    {
        var rule = await audit.RecordAsync(scope.UserName, new AuditNote("discount-rule-expired", $"rule:{id}"),
            () => table.ExpireRuleAsync(id, cancellationToken),
            expired => expired is null ? null : new AuditNote("discount-rule-expired", $"rule:{id}", $"{expired.ServiceKind}/{expired.Category} {expired.Percent}%"),
            cancellationToken);
        if (rule is null)
        {
            return NotFound();
        }

        Message = PricingPanelTexts.RuleExpired;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostCreateCodeAsync(CodeInput code, CancellationToken cancellationToken)
    {
        Code = code;
        if (!PanelDates.TryEndOfDay(code.ExpiresOn, out var expires))
        {
            ModelState.AddModelError("Code.ExpiresOn", PricingPanelTexts.BadDate);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        var draft = new DiscountCodeDraft(code.Code, code.Percent, code.ServiceKind, code.UsageLimit, expires);
        var (error, _) = await audit.RecordAsync(scope.UserName,
            new AuditNote("discount-code-created", DiscountCode.Normalize(code.Code), $"{code.ServiceKind} {code.Percent}%"),
            () => table.CreateCodeAsync(draft, cancellationToken), created => created.Error == DiscountCodeError.None, cancellationToken);
        if (error == DiscountCodeError.None)
        {
            Message = PricingPanelTexts.CodeSaved;
            return RedirectToPage();
        }

        var (key, text) = error switch
        {
            DiscountCodeError.CodeTaken => ("Code.Code", PricingPanelTexts.CodeTaken),
            DiscountCodeError.PercentOutOfRange => ("Code.Percent", PricingPanelTexts.PercentRange),
            DiscountCodeError.LimitNotPositive => ("Code.UsageLimit", PricingPanelTexts.LimitPositive),
            _ => ("Code.Code", PricingPanelTexts.CodeRequired),
        };
        ModelState.AddModelError(key, text);
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostExpireCodeAsync(int id, CancellationToken cancellationToken)
    {
        var code = await audit.RecordAsync(scope.UserName, new AuditNote("discount-code-expired", ""),
            () => table.DeactivateCodeAsync(id, cancellationToken),
            deactivated => deactivated is null ? null : new AuditNote("discount-code-expired", deactivated.Code), cancellationToken);
        if (code is null)
        {
            return NotFound();
        }

        Message = PricingPanelTexts.CodeExpired;
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Rules = await db.DiscountRules.AsNoTracking().OrderBy(r => r.ServiceKind).ThenBy(r => r.Category).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        Codes = await db.DiscountCodes.AsNoTracking().OrderByDescending(c => c.Id).ToListAsync(cancellationToken);
    }
}
