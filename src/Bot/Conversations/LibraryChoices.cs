using RahZendegi.Domain.Libraries;

namespace RahZendegi.Bot.Conversations;

/// <summary>The libraries a step offers as buttons (workshops, announcements): every active one, by name.</summary>
public static class LibraryChoices
{
    /// <summary>
    /// <paramref name="first"/> on top (such as the person's own library, or «همهٔ کتابخانه‌ها» for null), then every
    /// active library; one already on top is not repeated.
    /// </summary>
    public static async Task<Choices<int?>> AllAsync(LibraryDirectory libraries, CancellationToken cancellationToken, params (string Label, int? Id)[] first)
    {
        var choices = new Choices<int?>();
        foreach (var (label, id) in first)
        {
            choices.Add(label, id);
        }

        foreach (var library in await libraries.AllAsync(cancellationToken))
        {
            choices.Add(library.Name, library.Id);
        }

        return choices;
    }
}
