namespace RahZendegi.Domain.Membership;

public enum RegistrationError { None, AlreadyMember, NationalIdTaken, DiscountCodeUsedUp }

public sealed record RegistrationResult(Member? Member, RegistrationError Error);

public enum DecisionOutcome { Done, NotFound, NothingToDecide }

public sealed record MalformedLine(int LineNumber, string Text);

/// <summary>What a CSV import did: rows read, IDs added to the list, pending claims it verified, lines it could not read.</summary>
public sealed record ImportReport(int RowsRead, int Added, int Matched, IReadOnlyList<MalformedLine> Malformed);

/// <summary>A file a person sent as proof, as the messenger described it; a photo has no name or type.</summary>
public sealed record ProofFile(string FileId, string FileUniqueId, ProofKind Kind, string? FileName = null, string? ContentType = null);

/// <summary>
/// A proof sent after joining: <see cref="Added"/>, and <see cref="Reopened"/> when it put a rejected claim back to
/// pending; <see cref="NotMember"/>, or <see cref="NothingToProve"/> for a category that needs none or is verified.
/// </summary>
public enum ProofOutcome { Added, Reopened, NotMember, NothingToProve }
