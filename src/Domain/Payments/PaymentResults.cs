namespace RahZendegi.Domain.Payments;

public enum DeskPaymentOutcome { Recorded, NotFound, AlreadyPaid, NothingToPay, Closed }

public sealed record DeskPaymentResult(DeskPaymentOutcome Outcome, Payment? Payment);

public enum RefundHandBackOutcome { HandedBack, NotFound, NotRefunded, AlreadyHandedBack }
