namespace RahZendegi.Domain.Counseling;

/// <summary>The Persian names of the topics, as the bot offers them and the panel lists them.</summary>
public static class CounselingTopics
{
    public static IReadOnlyList<(CounselingTopic Topic, string Name)> All { get; } =
    [
        (CounselingTopic.Family, "خانواده و ازدواج"),
        (CounselingTopic.Individual, "فردی و روان‌شناختی"),
        (CounselingTopic.ChildAndAdolescent, "کودک و نوجوان"),
        (CounselingTopic.Educational, "تحصیلی"),
        (CounselingTopic.CareerAndBusiness, "شغلی و کسب‌وکار"),
    ];

    public static string NameOf(CounselingTopic topic) => All.Single(t => t.Topic == topic).Name;

    public static CounselingTopic? Parse(string text) => All.Where(t => t.Name == text).Select(t => (CounselingTopic?)t.Topic).FirstOrDefault();
}
