namespace RahZendegi.Domain.Staff;

/// <summary>What a staff action is recorded as in the audit log: the action's code, what it touched, and details.</summary>
public sealed record AuditNote(string Action, string Subject, string? Details = null);
