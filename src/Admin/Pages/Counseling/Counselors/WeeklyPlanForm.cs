using Microsoft.AspNetCore.Mvc.ModelBinding;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Persian;

namespace RahZendegi.Admin.Pages.Counseling.Counselors;

/// <summary>
/// Reads the weekly-plan rows of the edit form into plan entries, with a Persian error on each row that is wrong. The
/// rules a range keeps are <see cref="WeeklyPlanEntry"/>'s.
/// </summary>
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

            var entry = new WeeklyPlanEntry { LibraryId = row.LibraryId, Day = PersianWeek.DayAt(row.Day), Start = start, End = end };
            if (entry.Length <= TimeSpan.Zero)
            {
                errors.AddModelError(key, CounselingPageTexts.EndBeforeStart);
                continue;
            }

            if (plan.Concat(kept).Any(entry.Overlaps))
            {
                errors.AddModelError(key, CounselingPageTexts.RangesOverlap);
                continue;
            }

            plan.Add(entry);
        }

        return plan;
    }
}
