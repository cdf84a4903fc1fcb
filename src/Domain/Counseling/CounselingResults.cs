namespace RahZendegi.Domain.Counseling;

public enum BookingError { None, SlotTaken, TooManyBookings, Overlaps, NeedsApproval, DiscountCodeUsedUp, TooLate }

public sealed record BookingResult(Booking? Booking, BookingError Error)
{
    public static BookingResult Failed(BookingError error) => new(null, error);
}

public enum CancelOutcome { Cancelled, TooLate, NotFound }
