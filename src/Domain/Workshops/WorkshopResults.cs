namespace RahZendegi.Domain.Workshops;

/// <summary>A workshop as listed: how many seats are left and whether sign-up is still open.</summary>
public sealed record WorkshopListing(Workshop Workshop, int SeatsLeft, bool OpenForSignUp);

public enum SignUpOutcome { Confirmed, Waiting, AlreadyRegistered, Closed, NotFound }

/// <summary>
/// Confirmed: <see cref="Registration"/> holds a seat. Waiting and AlreadyRegistered (when the existing one waits):
/// <see cref="WaitingPosition"/> counts from 1. Closed: past the deadline, started or cancelled.
/// </summary>
public sealed record SignUpResult(SignUpOutcome Outcome, WorkshopRegistration? Registration = null, int? WaitingPosition = null);

public enum WorkshopCancelOutcome { Cancelled, NotFound }

public enum ConfirmOfferOutcome { Confirmed, Expired, NotFound }

public sealed record ConfirmOfferResult(ConfirmOfferOutcome Outcome, WorkshopRegistration? Registration = null);

/// <summary>One of «ثبت‌نام‌های من»; <see cref="WaitingPosition"/> only while on the waiting list.</summary>
public sealed record MyWorkshopRegistration(WorkshopRegistration Registration, int? WaitingPosition);
