using Microsoft.AspNetCore.Mvc.ModelBinding;
using RahZendegi.Domain.Persian;

namespace RahZendegi.Admin.Pages;

/// <summary>A period typed in the panel, such as a counsellor's leave or a library's closure.</summary>
public sealed class PeriodInput
{
    public string? From { get; set; }
    public string? To { get; set; }
    public string? FromTime { get; set; }
    public string? ToTime { get; set; }
    public string? Reason { get; set; }

    /// <summary>The reason as typed, normalised; null when left empty.</summary>
    public string? NormalizedReason => string.IsNullOrWhiteSpace(Reason) ? null : PersianText.Normalize(Reason).Trim();
}

/// <summary>Reads a <see cref="PeriodInput"/> (Jalali days, optional Tehran hours) into a UTC interval, or Persian errors.</summary>
public static class PeriodForm
{
    public static (DateTime StartsAt, DateTime EndsAt)? Read(PeriodInput period, string prefix, ModelStateDictionary errors)
    {
        DateTime? starts = null, ends = null;
        if (!JalaliDate.TryParse(period.From, out var from))
        {
            errors.AddModelError($"{prefix}.From", PanelTexts.DateInvalid);
        }

        var to = from;
        if (!string.IsNullOrWhiteSpace(period.To) && !JalaliDate.TryParse(period.To, out to))
        {
            errors.AddModelError($"{prefix}.To", PanelTexts.DateInvalid);
        }

        var fromTime = TimeOnly.MinValue;
        var toTime = TimeOnly.MinValue;
        var hours = !string.IsNullOrWhiteSpace(period.FromTime) || !string.IsNullOrWhiteSpace(period.ToTime);
        if (hours && (!PanelDates.TryTime(period.FromTime, out fromTime) || !PanelDates.TryTime(period.ToTime, out toTime)))
        {
            errors.AddModelError($"{prefix}.FromTime", PanelTexts.TimeInvalid);
        }

        if (errors.IsValid)
        {
            // Without hours the period covers whole days, to the end of the last one.
            starts = from.ToUtc(fromTime).Utc;
            ends = hours ? to.ToUtc(toTime).Utc : to.AddDays(1).ToUtc(TimeOnly.MinValue).Utc;
            if (starts is null || ends is null || ends <= starts)
            {
                errors.AddModelError($"{prefix}.To", PanelTexts.PeriodEndBeforeStart);
            }
        }

        return errors.IsValid && starts is { } first && ends is { } last ? (first, last) : null;
    }

    /// <summary>A period as the audit log records it: «start – end».</summary>
    public static string Describe(DateTime startsAt, DateTime endsAt) => $"{JalaliDate.FormatDateTime(startsAt)} – {JalaliDate.FormatDateTime(endsAt)}";
}
