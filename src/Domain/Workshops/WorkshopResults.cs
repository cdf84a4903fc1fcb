using RahZendegi.Domain.Membership;

namespace RahZendegi.Domain.Workshops;

/// <summary>A workshop as listed: how many seats are left and whether sign-up is still open.</summary>
public sealed record WorkshopListing(Workshop Workshop, int SeatsLeft, bool OpenForSignUp);

/// <summary>
/// CodeUsedUp: the discount code reached its limit since it was checked; nothing was taken. NotEligible: the workshop
/// is not open to the person's (verified) group.
/// </summary>
public enum SignUpOutcome { Confirmed, Waiting, AlreadyRegistered, Closed, NotFound, CodeUsedUp, NotEligible }

/// <summary>
/// Whether a person may sign up; <see cref="OpenGroups"/> are those who may, and <see cref="OnceVerified"/> says the group
/// they claimed may, once it is verified.
/// </summary>
public sealed record WorkshopEligibility(bool Open, IReadOnlyList<MemberCategory> OpenGroups, bool OnceVerified);

/// <summary>
/// Confirmed: <see cref="Registration"/> holds a seat. Waiting and AlreadyRegistered (when the existing one waits):
/// <see cref="WaitingPosition"/> counts from 1. Closed: past the deadline, started or cancelled.
/// </summary>
public sealed record SignUpResult(SignUpOutcome Outcome, WorkshopRegistration? Registration = null, int? WaitingPosition = null);

public enum WorkshopCancelOutcome { Cancelled, NotFound }

/// <summary>
/// What cancelling a workshop touches: seats (confirmed or offered) and waiting places still open, and how many seats
/// were paid for, and how much, which the library then owes back at the desk.
/// </summary>
public sealed record WorkshopCancellationImpact(int Seats, int Waiting, int Paid, long PaidRials);

public enum ConfirmOfferOutcome { Confirmed, Expired, NotFound }

public sealed record ConfirmOfferResult(ConfirmOfferOutcome Outcome, WorkshopRegistration? Registration = null);

/// <summary>One of «ثبت‌نام‌های من»; <see cref="WaitingPosition"/> only while on the waiting list.</summary>
public sealed record MyWorkshopRegistration(WorkshopRegistration Registration, int? WaitingPosition);

/// <summary>A workshop as staff create (no <see cref="Id"/>) or change it in the panel, every field read.</summary>
public sealed record WorkshopEdit(
    int? Id, string Title, string? Description, WorkshopKind Kind, int LibraryId, int Capacity, DateTime SignUpDeadline, long BasePriceRials,
    IReadOnlyList<(DateTime StartsAt, DateTime EndsAt)> Sessions, IReadOnlyList<WorkshopGroupEdit>? Groups = null);

/// <summary>One group's terms as typed: may it sign up, and its own price in rials (null: the general rules).</summary>
public sealed record WorkshopGroupEdit(MemberCategory Category, bool Open, long? PriceRials);

public enum WorkshopEditError { CapacityOutOfRange, CapacityBelowSeatsTaken, NoSessions, SessionEndsBeforeStart, DeadlineAfterStart, NoGroupOpen }

/// <summary>A rule the edit broke; <see cref="Session"/> is the index in <see cref="WorkshopEdit.Sessions"/> of a session that broke one.</summary>
public sealed record WorkshopEditProblem(WorkshopEditError Error, int? Session = null);

/// <summary>The workshop, added or changed for the caller to commit; or the rules the edit broke, and nothing changed.</summary>
public sealed record WorkshopSaveResult(Workshop? Workshop, IReadOnlyList<WorkshopEditProblem> Problems);
