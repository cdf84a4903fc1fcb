namespace RahZendegi.Bot.Membership;

// Display strings arrive already in Persian (digits, Jalali date); QrPayload is the ASCII
// membership number that a scanner at the library desk reads back. The card carries no group: it is shown at desks
// and to others, and a group on some cards only would tell the others apart (staff read it from the QR code).
public sealed record MembershipCardData(
    string FullName,
    string MembershipNumber,
    string LibraryName,
    string IssuedOn,
    string QrPayload);
