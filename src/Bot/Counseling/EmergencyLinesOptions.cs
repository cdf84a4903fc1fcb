namespace RahZendegi.Bot.Counseling;

/// <summary>
/// The section <c>EmergencyLines</c>: where someone in danger is sent, before any booking and on the help page. A
/// booking is days away; these lines answer now.
/// </summary>
public sealed class EmergencyLinesOptions
{
    public const string Section = "EmergencyLines";

    /// <summary>Iran's social emergency line («اورژانس اجتماعی»).</summary>
    public string SocialEmergency { get; set; } = "123";

    /// <summary>The Welfare Organisation's counselling line («صدای مشاور»).</summary>
    public string WelfareCounseling { get; set; } = "1480";

    public static bool IsPhoneNumber(string? value) => value is { Length: > 0 and <= 15 } && value.All(char.IsAsciiDigit);
}
