namespace RahZendegi.Domain.Workshops;

/// <summary>The Persian name of each kind of programme, as the bot and the panel show it.</summary>
public static class WorkshopKindNames
{
    public static IReadOnlyList<(WorkshopKind Kind, string Name)> All { get; } =
    [
        (WorkshopKind.BusinessAndJobs, "کسب‌وکار و اشتغال"),
        (WorkshopKind.Empowerment, "توانمندسازی"),
        (WorkshopKind.Children, "برنامه‌های کودکان"),
        (WorkshopKind.LiteraryCircle, "محفل ادبی"),
        (WorkshopKind.QuranicCircle, "محفل قرآنی"),
        (WorkshopKind.Other, "سایر برنامه‌ها"),
    ];

    public static string Of(WorkshopKind kind) => All.Single(k => k.Kind == kind).Name;
}
