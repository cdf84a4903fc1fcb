namespace RahZendegi.Domain.Workshops;

/// <summary>The inline-button actions on a workshop registration.</summary>
public static class WorkshopCallbacks
{
    public const string Feature = "ws";
    public const string Confirm = "confirm";
    public const string Cancel = "cancel";
    public const string Open = "open";
}
