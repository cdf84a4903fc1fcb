using RahZendegi.Domain.Workshops;

namespace RahZendegi.Domain.Announcements;

/// <summary>What a person wants to hear about; a subscription holds any combination, a broadcast exactly one.</summary>
[Flags]
public enum AnnouncementTopic
{
    None = 0,
    BusinessAndJobs = 1 << 0,
    Empowerment = 1 << 1,
    Children = 1 << 2,
    LiteraryCircle = 1 << 3,
    QuranicCircle = 1 << 4,
    OtherWorkshops = 1 << 5,
    CounselingNews = 1 << 6,
    LibraryNews = 1 << 7,
    All = BusinessAndJobs | Empowerment | Children | LiteraryCircle | QuranicCircle | OtherWorkshops | CounselingNews | LibraryNews,
}

public static class AnnouncementTopics
{
    /// <summary>Every single topic, in the order the bot shows its buttons.</summary>
    public static IReadOnlyList<AnnouncementTopic> Each { get; } =
        [.. Enum.GetValues<AnnouncementTopic>().Where(t => t is not AnnouncementTopic.None and not AnnouncementTopic.All)];

    public static AnnouncementTopic ForWorkshop(WorkshopKind kind) => kind switch
    {
        WorkshopKind.BusinessAndJobs => AnnouncementTopic.BusinessAndJobs,
        WorkshopKind.Empowerment => AnnouncementTopic.Empowerment,
        WorkshopKind.Children => AnnouncementTopic.Children,
        WorkshopKind.LiteraryCircle => AnnouncementTopic.LiteraryCircle,
        WorkshopKind.QuranicCircle => AnnouncementTopic.QuranicCircle,
        _ => AnnouncementTopic.OtherWorkshops,
    };

    /// <summary>True for exactly one flag: a broadcast is about one topic.</summary>
    public static bool IsSingle(AnnouncementTopic topic) => topic != AnnouncementTopic.None && (topic & (topic - 1)) == 0 && AnnouncementTopic.All.HasFlag(topic);
}

public static class AnnouncementTopicNames
{
    public static string Of(AnnouncementTopic topic) => topic switch
    {
        AnnouncementTopic.BusinessAndJobs => "کسب‌وکار و اشتغال",
        AnnouncementTopic.Empowerment => "توانمندسازی",
        AnnouncementTopic.Children => "کودکان",
        AnnouncementTopic.LiteraryCircle => "محفل ادبی",
        AnnouncementTopic.QuranicCircle => "محفل قرآنی",
        AnnouncementTopic.OtherWorkshops => "کارگاه‌های دیگر",
        AnnouncementTopic.CounselingNews => "خبرهای مشاوره",
        AnnouncementTopic.LibraryNews => "خبرهای کتابخانه",
        _ => throw new ArgumentOutOfRangeException(nameof(topic), topic, "Names exist for single topics only."),
    };
}
