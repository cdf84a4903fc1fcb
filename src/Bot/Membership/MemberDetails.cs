using RahZendegi.Bot.Conversations;
using RahZendegi.Domain.Libraries;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Messaging;

namespace RahZendegi.Bot.Membership;

/// <summary>
/// The steps that joining and managing a membership share: the name, the phone number, and the library chosen by
/// province and city. Each reader gives the clean value, or the hint to ask again with.
/// </summary>
internal static class MemberDetails
{
    public static Question AskFullName { get; } = Question.Choose(MembershipTexts.AskFullName, []);

    public static Question AskPhone { get; } = new(MembershipTexts.AskPhone,
        ChoiceKeyboard.For([new KeyboardButton(MembershipTexts.SharePhoneButton, RequestContact: true)], 1));

    /// <summary>Linking to an existing membership: only the contact button proves the number is the person's own.</summary>
    public static Question AskOwnPhone { get; } = new(MembershipTexts.AskLinkPhone,
        ChoiceKeyboard.For([new KeyboardButton(MembershipTexts.SharePhoneButton, RequestContact: true)], 1));

    public static async Task<Question> AskProvinceAsync(LibraryDirectory libraries, CancellationToken cancellation) =>
        Question.Choose(MembershipTexts.AskProvince, (await ProvincesAsync(libraries, cancellation)).Labels);

    public static async Task<Question> AskCityAsync(LibraryDirectory libraries, string? province, CancellationToken cancellation) =>
        Question.Choose(MembershipTexts.AskCity, (await CitiesAsync(libraries, province, cancellation)).Labels);

    public static async Task<Question> AskLibraryAsync(LibraryDirectory libraries, string? province, string? city, CancellationToken cancellation) =>
        Question.Choose(MembershipTexts.AskLibrary, (await LibrariesAsync(libraries, province, city, cancellation)).Labels, 1);

    public static async Task<Choices<string>> ProvincesAsync(LibraryDirectory libraries, CancellationToken cancellation) =>
        Named(await libraries.ProvincesAsync(cancellation));

    public static async Task<Choices<string>> CitiesAsync(LibraryDirectory libraries, string? province, CancellationToken cancellation) =>
        Named(await libraries.CitiesAsync(province ?? "", cancellation));

    public static async Task<Choices<int>> LibrariesAsync(LibraryDirectory libraries, string? province, string? city, CancellationToken cancellation)
    {
        var choices = new Choices<int>();
        foreach (var library in await libraries.InCityAsync(province ?? "", city ?? "", cancellation))
        {
            choices.Add(library.Name, library.Id);
        }

        return choices;
    }

    /// <summary>Why the text is not a name to keep, or null with the name in its canonical spelling.</summary>
    public static string? NameHint(string text, out string name) => PersonName.Validate(text, out name) switch
    {
        PersonNameCheck.Valid => null,
        PersonNameCheck.Empty => MembershipTexts.NameEmpty,
        PersonNameCheck.TooShort => MembershipTexts.NameTooShort,
        PersonNameCheck.TooLong => MembershipTexts.NameTooLong,
        _ => MembershipTexts.NameNotPersian,
    };

    /// <summary>Why the typed or shared number is not the person's mobile, or null with it in canonical form.</summary>
    public static string? PhoneHint(UserInput input, out string phone)
    {
        phone = "";
        if (input.Contact is { } contact && contact.UserId != input.UserId)
        {
            return MembershipTexts.ContactNotOwn;
        }

        return IranianMobile.TryNormalize(input.Contact?.PhoneNumber ?? input.Text, out phone) == MobileCheck.Valid ? null : MembershipTexts.PhoneInvalid;
    }

    private static Choices<string> Named(IEnumerable<string> names)
    {
        var choices = new Choices<string>();
        foreach (var name in names)
        {
            choices.Add(name, name);
        }

        return choices;
    }
}
