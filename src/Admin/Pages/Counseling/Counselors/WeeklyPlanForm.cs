using Microsoft.AspNetCore.Mvc.ModelBinding;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Persian;

namespace RahZendegi.Admin.Pages.Counseling.Counselors;

/// <summary>Reads the weekly-plan rows of the edit form into plan entries, with a Persian error on each row that is wrong.</summary>
public static class WeeklyPlanForm
{
    /// <param name="kept">Ranges at libraries the editor cannot see; new ranges must not overlap them either.</param>
    /// <param name="libraries">Libraries the editor may place the counsellor at.</param>
    public static List<WeeklyPlanEntry> Read(IReadOnlyList<EditModel.PlanRow> rows, IReadOnlyList<WeeklyPlanEntry> kept,
        IReadOnlySet<int> libraries, ModelStateDictionary errors)
    {
        var plan = new List<WeeklyPlanEntry>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var key = $"Input.Plan[{i}]";
            if (row.Remove || (row.LibraryId == 0 && string.IsNullOrWhiteSpace(row.Start) && string.IsNullOrWhiteSpace(row.End)))
            {
                continue;
            }

            if (!libraries.Contains(row.LibraryId))
            {
                errors.AddModelError(key, CounselingPageTexts.LibraryNotAllowed);
                continue;
            }

            if (row.Day is < 0 or > 6)
            {
                errors.AddModelError(key, CounselingPageTexts.DayInvalid);
                continue;
            }

            if (!PanelDates.TryTime(row.Start, out var start) || !PanelDates.TryTime(row.End, out var end))
            {
                errors.AddModelError(key, PanelTexts.TimeInvalid);
                continue;
            }

            if (end != TimeOnly.MinValue && end <= start)
            {
                errors.AddModelError(key, CounselingPageTexts.EndBeforeStart);
                continue;
            }

            var entry = new WeeklyPlanEntry { LibraryId = row.LibraryId, Day = PersianWeek.DayAt(row.Day), Start = start, End = end };
            // A counsellor is in one place at a time, so ranges overlap across libraries too.
            if (plan.Concat(kept).Any(other => other.Day == entry.Day && Minutes(other.Start) < EndMinutes(entry.End) && Minutes(entry.Start) < EndMinutes(other.End)))
            {
                errors.AddModelError(key, CounselingPageTexts.RangesOverlap);
                continue;
            }

            plan.Add(entry);
        }

        return plan;
    }

    private static int Minutes(TimeOnly time) => time.Hour * 60 + time.Minute;

    // A range ending at 00:00 runs to midnight, as the slot engine reads it.
    private static int EndMinutes(TimeOnly end) => end == TimeOnly.MinValue ? 24 * 60 : Minutes(end);
}
