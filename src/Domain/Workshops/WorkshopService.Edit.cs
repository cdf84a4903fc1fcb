using Microsoft.EntityFrameworkCore;
using RahZendegi.Domain.Persian;

namespace RahZendegi.Domain.Workshops;

/// <summary>Staff setting up a workshop in the panel.</summary>
public sealed partial class WorkshopService
{
    /// <summary>
    /// Creates or changes a workshop, if the edit keeps the rules: capacity within bounds and not below a seat already
    /// given (seats are numbered 1 to capacity), at least one session and each ending after it starts, and sign-up
    /// closing before the first session, and at least one group open. The caller commits.
    /// </summary>
    public async Task<WorkshopSaveResult> SaveAsync(WorkshopEdit edit, CancellationToken cancellationToken)
    {
        var workshop = edit.Id is { } id ? await db.Workshops.Include(w => w.Sessions).SingleAsync(w => w.Id == id, cancellationToken) : null;
        var problems = new List<WorkshopEditProblem>();
        if (edit.Capacity is < 1 or > Workshop.MaxCapacity)
        {
            problems.Add(new(WorkshopEditError.CapacityOutOfRange));
        }
        else if (workshop is not null && await db.WorkshopRegistrations.Where(r => r.WorkshopId == workshop.Id && r.Seat != null)
                     .MaxAsync(r => r.Seat, cancellationToken) > edit.Capacity)
        {
            problems.Add(new(WorkshopEditError.CapacityBelowSeatsTaken));
        }

        for (var i = 0; i < edit.Sessions.Count; i++)
        {
            if (edit.Sessions[i].EndsAt <= edit.Sessions[i].StartsAt)
            {
                problems.Add(new(WorkshopEditError.SessionEndsBeforeStart, i));
            }
        }

        if (edit.Sessions.Count == 0)
        {
            problems.Add(new(WorkshopEditError.NoSessions));
        }
        else if (edit.SignUpDeadline > edit.Sessions.Min(s => s.StartsAt))
        {
            problems.Add(new(WorkshopEditError.DeadlineAfterStart));
        }

        if (edit.Groups is { } groups && groups.Count > 0 && !groups.Any(g => g.Open))
        {
            problems.Add(new(WorkshopEditError.NoGroupOpen));
        }

        if (problems.Count > 0)
        {
            return new(null, problems);
        }

        workshop ??= db.Workshops.Add(new Workshop { Title = "" }).Entity;
        workshop.Title = PersianText.Normalize(edit.Title);
        workshop.Description = string.IsNullOrWhiteSpace(edit.Description) ? null : edit.Description.Trim();
        workshop.Kind = edit.Kind;
        workshop.LibraryId = edit.LibraryId;
        workshop.Capacity = edit.Capacity;
        workshop.SignUpDeadline = edit.SignUpDeadline;
        workshop.BasePrice = edit.BasePriceRials;
        workshop.Schedule(edit.Sessions);
        if (edit.Groups is { } terms)
        {
            // Only what differs from the default is kept: a workshop open to all at the general price has no terms.
            foreach (var term in terms)
            {
                var kept = workshop.GroupTerms.FirstOrDefault(t => t.Category == term.Category);
                if (term.Open && term.PriceRials is null)
                {
                    if (kept is not null)
                    {
                        workshop.GroupTerms.Remove(kept);
                    }

                    continue;
                }

                if (kept is null)
                {
                    workshop.GroupTerms.Add(kept = new WorkshopGroupTerm { Category = term.Category });
                }

                (kept.Open, kept.PriceRials) = (term.Open, term.Open ? term.PriceRials : null);
            }
        }

        return new(workshop, []);
    }
}
