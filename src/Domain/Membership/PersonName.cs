using RahZendegi.Domain.Persian;

namespace RahZendegi.Domain.Membership;

public enum PersonNameCheck { Valid, Empty, TooShort, TooLong, NotPersianLetters }

/// <summary>A person's full name in Persian letters, as the library writes it on a membership card.</summary>
public static class PersonName
{
    // Three letters is the shortest common given name (علی، رضا). One word is accepted: some
    // people give only a first name, and an operator completes it when it matters.
    public const int MinLength = 3;
    public const int MaxLength = 60;

    // The Persian alphabet and the hamza forms found in names. ة, إ and ۀ too, because the
    // normaliser keeps them on purpose for names spelled the Arabic way (e.g. «فاطمة»).
    // Arabic yeh and kaf (U+064A, U+0643) never reach here: the normaliser folds them to ی and ک.
    private const string Letters = "آابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیئءأؤإةۀ";

    /// <summary>On <see cref="PersonNameCheck.Valid"/>, <paramref name="canonical"/> is the normalised name; otherwise empty.</summary>
    public static PersonNameCheck Validate(string? input, out string canonical)
    {
        canonical = string.Empty;
        var name = PersianText.Normalize(input);
        if (name.Length == 0)
        {
            return PersonNameCheck.Empty;
        }

        // Wrong letters first: "Ali" is better answered with "write it in Persian" than "too short".
        if (!name.All(c => c is ' ' or PersianText.ZeroWidthNonJoiner || Letters.Contains(c)))
        {
            return PersonNameCheck.NotPersianLetters;
        }

        if (name.Length < MinLength)
        {
            return PersonNameCheck.TooShort;
        }

        if (name.Length > MaxLength)
        {
            return PersonNameCheck.TooLong;
        }

        canonical = name;
        return PersonNameCheck.Valid;
    }
}
