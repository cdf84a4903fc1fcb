using Microsoft.AspNetCore.Mvc.ModelBinding;
using RahZendegi.Domain.Persian;

namespace RahZendegi.Admin.Pages.Counseling.Counselors;

/// <summary>Reads the leave form (Jalali days, optional Tehran hours) into a UTC interval, or Persian errors.</summary>
public static class LeaveForm
{
    public static (DateTime StartsAt, DateTime EndsAt)? Read(EditModel.LeaveInput leave, ModelStateDictionary errors)
    {
        DateTime? starts = null, ends = null;
        if (!JalaliDate.TryParse(leave.From, out var from))
        {
            errors.AddModelError("Leave.From", CounselingPageTexts.DateInvalid);
        }

        var to = from;
        if (!string.IsNullOrWhiteSpace(leave.To) && !JalaliDate.TryParse(leave.To, out to))
        {
            errors.AddModelError("Leave.To", CounselingPageTexts.DateInvalid);
        }

        var fromTime = TimeOnly.MinValue;
        var toTime = TimeOnly.MinValue;
        var hours = !string.IsNullOrWhiteSpace(leave.FromTime) || !string.IsNullOrWhiteSpace(leave.ToTime);
        if (hours && (!CounselorAccess.TryParseTime(leave.FromTime, out fromTime) || !CounselorAccess.TryParseTime(leave.ToTime, out toTime)))
        {
            errors.AddModelError("Leave.FromTime", CounselingPageTexts.TimeInvalid);
        }

        if (errors.IsValid)
        {
            // Without hours the leave covers whole days, to the end of the last one.
            starts = from.ToUtc(fromTime).Utc;
            ends = hours ? to.ToUtc(toTime).Utc : to.AddDays(1).ToUtc(TimeOnly.MinValue).Utc;
            if (starts is null || ends is null || ends <= starts)
            {
                errors.AddModelError("Leave.To", CounselingPageTexts.LeaveEndBeforeStart);
            }
        }

        return errors.IsValid && starts is { } first && ends is { } last ? (first, last) : null;
    }
}
