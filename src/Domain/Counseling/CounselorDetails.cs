using RahZendegi.Domain.Persian;

namespace RahZendegi.Domain.Counseling;

public enum CounselorDetailsError { NameMissing, NoSpecialty, SessionMinutesOutOfRange, GapMinutesOutOfRange, PriceInvalid }

/// <summary>
/// A counsellor's details as staff set them in the panel; a number is null when what was typed could not be read as
/// one. <see cref="Check"/> says what is wrong, and <see cref="Counselor.Apply"/> takes only details that passed.
/// </summary>
public sealed record CounselorDetails(
    string FullName, Gender Gender, CounselingTopic Specialties, long? SessionMinutes, long? GapMinutes, long? BasePriceRials, bool Active)
{
    // A session long enough to be worth the trip and short enough to fit a library's afternoon; a gap of up to an hour.
    public const int MinSessionMinutes = 15;
    public const int MaxSessionMinutes = 180;
    public const int MaxGapMinutes = 60;

    public IReadOnlyList<CounselorDetailsError> Check()
    {
        var errors = new List<CounselorDetailsError>();
        if (string.IsNullOrWhiteSpace(PersianText.Normalize(FullName)))
        {
            errors.Add(CounselorDetailsError.NameMissing);
        }

        if (Specialties == CounselingTopic.None)
        {
            errors.Add(CounselorDetailsError.NoSpecialty);
        }

        if (SessionMinutes is not (>= MinSessionMinutes and <= MaxSessionMinutes))
        {
            errors.Add(CounselorDetailsError.SessionMinutesOutOfRange);
        }

        if (GapMinutes is not (>= 0 and <= MaxGapMinutes))
        {
            errors.Add(CounselorDetailsError.GapMinutesOutOfRange);
        }

        if (BasePriceRials is not (>= 0 and <= Money.MaxToman * Money.RialsPerToman))
        {
            errors.Add(CounselorDetailsError.PriceInvalid);
        }

        return errors;
    }
}
