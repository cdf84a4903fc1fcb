using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace RahZendegi.Domain.Payments;

/// <summary>
/// An in-chat invoice's payload: <c>rz-{payment id}-{check}</c>. The id finds the payment; the check, random and kept
/// on the payment, tells a payload the bot made from a forged or stale one. Well under Bale's 128 bytes.
/// </summary>
public static class InvoicePayload
{
    private const string Prefix = "rz-";
    private const int CheckLength = 12;
    private const string CheckAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>62^12, about 71 bits: not guessed in any number of tries a bot would answer.</summary>
    public static string NewCheck() => RandomNumberGenerator.GetString(CheckAlphabet, CheckLength);

    public static string Format(int paymentId, string check) => $"{Prefix}{paymentId.ToString(CultureInfo.InvariantCulture)}-{check}";

    public static bool TryParse(string? payload, out int paymentId, out string check)
    {
        (paymentId, check) = (0, "");
        if (payload is null || !payload.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var parts = payload[Prefix.Length..].Split('-');
        if (parts.Length != 2 || parts[1].Length != CheckLength
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out paymentId) || paymentId <= 0)
        {
            return false;
        }

        check = parts[1];
        return true;
    }

    /// <summary>In constant time, so the answer's timing tells nothing about how much of a guess was right.</summary>
    public static bool Matches(string? expected, string check) =>
        expected is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(check));
}
