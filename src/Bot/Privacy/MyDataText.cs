using RahZendegi.Bot.Membership;
using RahZendegi.Domain.Announcements;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Persian;
using RahZendegi.Domain.Privacy;
using RahZendegi.Domain.Workshops;

namespace RahZendegi.Bot.Privacy;

/// <summary>Builds the «اطلاعات من» page from what is kept, with the national ID partly hidden.</summary>
public static class MyDataText
{
    public static string Describe(KeptData kept)
    {
        var sections = new List<string> { PrivacyTexts.OverviewTitle };
        if (kept.Member is { } member)
        {
            sections.Add(PrivacyTexts.MembershipSection(
                PersianText.ToPersianDigits(member.MembershipNumber),
                member.FullName,
                PersianText.ToPersianDigits(MaskNationalId(member.NationalId)),
                IranianMobile.Display(member.Phone),
                member.Library is { } library ? MembershipTexts.LibraryLine(library.Name, library.City) : "",
                MemberCategoryNames.Of(member.Category),
                kept.ProofCount));
        }

        if (kept.FutureBookings.Count > 0)
        {
            sections.Add(PrivacyTexts.BookingsSection(kept.FutureBookings.Select(b => (JalaliDate.FormatDateTime(b.StartsAt), b.Library?.Name ?? ""))));
        }

        if (kept.Seats.Count > 0)
        {
            sections.Add(PrivacyTexts.SeatsSection(kept.Seats.Select(r => (r.Workshop?.Title ?? "", JalaliDate.FormatDateTime(r.Workshop!.StartsAt),
                r.Status == RegistrationStatus.Waiting))));
        }

        if (kept.Subscription is { } subscription)
        {
            sections.Add(PrivacyTexts.SubscriptionLine(
                subscription.Off ? [] : AnnouncementTopics.Each.Where(t => subscription.Topics.HasFlag(t)).Select(AnnouncementTopicNames.Of).ToList()));
        }

        if (kept.PaymentCount > 0)
        {
            sections.Add(PrivacyTexts.PaymentsLine(kept.PaymentCount, kept.PaidRials));
        }

        if (kept.ConsentedAt is { } consentedAt)
        {
            sections.Add(PrivacyTexts.ConsentLine(JalaliDate.FormatDateTime(consentedAt)));
        }

        return string.Join("\n\n", sections);
    }

    /// <summary>The first three and last two digits: enough for the person to recognise, too little for anyone else.</summary>
    public static string MaskNationalId(string nationalId) => nationalId.Length == 10
        ? $"{nationalId[..3]}*****{nationalId[^2..]}"
        : nationalId;
}
