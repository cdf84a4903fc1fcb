using RahZendegi.Domain.Persian;

namespace RahZendegi.Domain.Membership;

public enum MobileCheck { Valid, Empty, NotMobile }

/// <summary>An Iranian mobile number however it is written: 0912…, +98912…, 0098912…, 98912…, 912….</summary>
public static class IranianMobile
{
    // The canonical form is E.164 (+989xxxxxxxxx): it is what a messenger's contact share gives
    // (Telegram and Bale send the number with its country code), so a typed number and a shared
    // contact compare equal, and it is unambiguous if a number from abroad ever turns up.
    public const string CountryPrefix = "+98";

    // After the country code, ten digits starting with 9.
    private const int SubscriberLength = 10;

    /// <summary>On <see cref="MobileCheck.Valid"/>, <paramref name="canonical"/> is +989xxxxxxxxx; otherwise empty.</summary>
    public static MobileCheck TryNormalize(string? input, out string canonical)
    {
        canonical = string.Empty;
        var compact = new string([.. PersianText.Normalize(input).Where(c => !IsSeparator(c))]);
        if (compact.Length == 0)
        {
            return MobileCheck.Empty;
        }

        var subscriber = Subscriber(compact);
        if (subscriber is null)
        {
            return MobileCheck.NotMobile;
        }

        canonical = CountryPrefix + subscriber;
        return MobileCheck.Valid;
    }

    /// <summary>+989123456789 → «۰۹۱۲ ۳۴۵ ۶۷۸۹», the way Iranians write a mobile number, for summaries.</summary>
    public static string Display(string canonical)
    {
        if (TryNormalize(canonical, out var checkedCanonical) != MobileCheck.Valid || checkedCanonical != canonical)
        {
            throw new ArgumentException("Not a canonical mobile number.", nameof(canonical));
        }

        var local = "0" + canonical[CountryPrefix.Length..];

        // A leading left-to-right mark keeps the three groups in reading order inside Persian
        // text; without it the bidi algorithm lays the space-separated groups out right to left.
        return "\u200E" + PersianText.ToPersianDigits($"{local[..4]} {local[4..7]} {local[7..]}");
    }

    // The ten digits 9xxxxxxxxx, or null when the text is no Iranian mobile number.
    private static string? Subscriber(string compact)
    {
        var rest = compact switch
        {
            _ when compact.StartsWith("+98", StringComparison.Ordinal) => compact[3..],
            _ when compact.StartsWith("0098", StringComparison.Ordinal) => compact[4..],
            _ when compact.Length == SubscriberLength + 2 && compact.StartsWith("98", StringComparison.Ordinal) => compact[2..],
            _ when compact.Length == SubscriberLength + 1 && compact[0] == '0' => compact[1..],
            _ => compact,
        };

        // "+98 (0) 912 …": the trunk zero written after the country code, as on business cards.
        if (rest.Length == SubscriberLength + 1 && rest[0] == '0' && compact.Length > rest.Length)
        {
            rest = rest[1..];
        }

        return rest.Length == SubscriberLength && rest[0] == '9' && rest.All(char.IsAsciiDigit) ? rest : null;
    }

    private static bool IsSeparator(char c) =>
        c is ' ' or '-' or '(' or ')' or PersianText.ZeroWidthNonJoiner or (>= '\u2010' and <= '\u2015');
}
