namespace RahZendegi.Domain.Membership;

public enum RegistrationError { None, AlreadyMember, NationalIdTaken, DiscountCodeUsedUp }

public sealed record RegistrationResult(Member? Member, RegistrationError Error);

public enum DecisionOutcome { Done, NotFound, NothingToDecide }

public sealed record MalformedLine(int LineNumber, string Text);

/// <summary>What a CSV import did: rows read, IDs added to the list, pending claims it verified, lines it could not read.</summary>
public sealed record ImportReport(int RowsRead, int Added, int Matched, IReadOnlyList<MalformedLine> Malformed);
