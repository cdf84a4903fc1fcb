namespace RahZendegi.Bot.Membership;

// Display strings arrive already in Persian (digits, Jalali date); QrPayload is the ASCII
// membership number that a scanner at the library desk reads back. CategoryName is null when the card prints none.
public sealed record MembershipCardData(
    string FullName,
    string MembershipNumber,
    string LibraryName,
    string? CategoryName,
    string IssuedOn,
    string QrPayload);
