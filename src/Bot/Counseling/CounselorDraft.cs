namespace RahZendegi.Bot.Counseling;

/// <summary>What the counsellor's menu remembers between answers: a day off's reason, a leave's first and last day.</summary>
public sealed class CounselorDraft
{
    public string? Reason { get; set; }
    public string? LeaveFirst { get; set; }
    public string? LeaveLast { get; set; }
}
