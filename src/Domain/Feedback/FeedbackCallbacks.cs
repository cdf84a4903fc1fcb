namespace RahZendegi.Domain.Feedback;

/// <summary>The rating buttons: <c>fb:s4:{booking}</c> rates a session 4, <c>fb:w5:{registration}</c> a workshop 5.</summary>
public static class FeedbackCallbacks
{
    public const string Feature = "fb";
    public const string Session = "s";
    public const string Workshop = "w";

    /// <summary>The kind and rating an action names, or null for one that is neither.</summary>
    public static (string Kind, int Rating)? Parse(string action) =>
        action is [var kind, var digit] && (kind.ToString() is Session or Workshop) && digit is >= '1' and <= '5'
            ? (kind.ToString(), digit - '0')
            : null;
}
