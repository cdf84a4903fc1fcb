using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Payments;
using RahZendegi.Domain.Persian;
using RahZendegi.Domain.Pricing;

namespace RahZendegi.Domain.Membership;

/// <summary>
/// What a person asks to register with, after every answer was checked. Registered at the desk by staff, a person
/// without a messenger account has no bot, user or chat.
/// </summary>
public sealed record Registration(
    string? BotName,
    long? UserId,
    long? ChatId,
    MemberCategory Category,
    string FullName,
    string NationalId,
    string Phone,
    int LibraryId,
    ProofFile? Proof,
    string? DiscountCode);

/// <summary>
/// Library membership: one per national ID and per messenger user. Changes are tracked, not saved:
/// the caller commits them with the rest of its work.
/// </summary>
public sealed partial class MembershipService(
    AppDbContext db,
    CategoryVerification verification,
    DiscountCodes discountCodes,
    PaymentLedger payments,
    TimeProvider time,
    IOptions<MembershipOptions> options)
{
    /// <summary>The membership of a messenger account: any of the member's linked accounts finds it (<see cref="MemberAccounts"/>).</summary>
    public Task<Member?> FindAsync(string botName, long userId, CancellationToken cancellationToken)
    {
        var memberId = MemberAccounts.MemberIdOf(db, botName, userId);
        return db.Members.Include(m => m.Library).SingleOrDefaultAsync(m => memberId.Contains(m.Id), cancellationToken);
    }

    /// <summary>The member a service is priced for: the one staff act for, else the messenger user's membership, if any.</summary>
    public async Task<Member?> FindAsync(Person person, CancellationToken cancellationToken) => person.MemberId is { } memberId
        ? await GetAsync(memberId, cancellationToken)
        : await FindAsync(person.BotName!, person.UserId!.Value, cancellationToken);

    /// <summary>A member staff picked in the panel, read only.</summary>
    public Task<Member> GetAsync(int memberId, CancellationToken cancellationToken) =>
        db.Members.AsNoTracking().SingleAsync(m => m.Id == memberId, cancellationToken);

    public Task<bool> IsNationalIdTakenAsync(string nationalId, CancellationToken cancellationToken) =>
        db.Members.AnyAsync(m => m.NationalId == nationalId, cancellationToken);

    /// <summary>The fee this person would pay: the claimed category counts only if the committee's list already names them.</summary>
    public Task<PriceQuote> QuoteFeeAsync(MemberCategory category, string nationalId, string? discountCode, CancellationToken cancellationToken) =>
        QuoteAsync(category, nationalId, discountCode, assumeVerified: false, cancellationToken);

    /// <summary>The fee the claimed category would bring once staff verify it, without a code: what to tell a person whose claim waits.</summary>
    public Task<PriceQuote> QuoteFeeOnceVerifiedAsync(MemberCategory category, CancellationToken cancellationToken) =>
        QuoteAsync(category, "", null, assumeVerified: true, cancellationToken);

    private async Task<PriceQuote> QuoteAsync(MemberCategory category, string nationalId, string? discountCode, bool assumeVerified,
        CancellationToken cancellationToken)
    {
        var verified = category.NeedsProof() && (assumeVerified || await verification.IsEligibleAsync(nationalId, category, cancellationToken));
        var now = time.GetUtcNow().UtcDateTime;
        var rules = await db.DiscountRules.AsNoTracking().Where(r => r.ServiceKind == ServiceKind.Membership).ToListAsync(cancellationToken);
        var code = discountCode is null ? null : (await discountCodes.CheckAsync(discountCode, ServiceKind.Membership, now, cancellationToken)).Code;
        var request = new PriceRequest(
            ServiceKind.Membership,
            options.Value.FeeRials,
            verified ? category : MemberCategory.Public,
            category.NeedsProof() && !verified ? category : null);
        return PricingEngine.Quote(request, rules, code, now);
    }

    public async Task<RegistrationResult> RegisterAsync(Registration registration, CancellationToken cancellationToken)
    {
        if (registration is { BotName: { } bot, UserId: { } user } && await FindAsync(bot, user, cancellationToken) is not null)
        {
            return new(null, RegistrationError.AlreadyMember);
        }

        if (await IsNationalIdTakenAsync(registration.NationalId, cancellationToken))
        {
            return new(null, RegistrationError.NationalIdTaken);
        }

        var quote = await QuoteFeeAsync(registration.Category, registration.NationalId, registration.DiscountCode, cancellationToken);
        if (quote.Source == DiscountSource.Code && !await discountCodes.TryRedeemAsync(quote.CodeId!.Value, cancellationToken))
        {
            return new(null, RegistrationError.DiscountCodeUsedUp);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var member = new Member
        {
            BotName = registration.BotName,
            UserId = registration.UserId,
            ChatId = registration.ChatId,
            MembershipNumber = await NewMembershipNumberAsync(now, cancellationToken),
            FullName = registration.FullName,
            NationalId = registration.NationalId,
            Phone = registration.Phone,
            LibraryId = registration.LibraryId,
            Category = registration.Category,
            CategoryStatus = !registration.Category.NeedsProof() ? CategoryStatus.None
                : quote.CategoryPending ? CategoryStatus.Pending : CategoryStatus.Verified,
            CategoryDecidedAt = registration.Category.NeedsProof() && !quote.CategoryPending ? now : null,
            FeeBaseRials = quote.BaseRials,
            FeeToPayRials = quote.ToPayRials,
            CreatedAt = now,
        };
        if (registration is { Proof: { } proof, BotName: { } receivedBy })
        {
            var row = NewProof(receivedBy, proof, now);
            if (member.CategoryStatus == CategoryStatus.Verified)
            {
                // The committee's list already named them: the proof was not needed, and is kept as long as a decided one.
                (row.Decision, row.DecidedAt) = (CategoryStatus.Verified, now);
            }

            member.Proofs.Add(row);
        }

        if (registration is { BotName: { } botName, UserId: { } userId, ChatId: { } chatId })
        {
            member.Accounts.Add(MemberAccounts.First(botName, userId, chatId, now));
        }

        db.Members.Add(member);
        payments.OpenForMembership(member, quote);
        member.Library = await db.Libraries.FindAsync([registration.LibraryId], cancellationToken);
        return new(member, RegistrationError.None);
    }

    /// <summary>Staff register a person at the desk who has no messenger account; the same checks and fee as in the bot.</summary>
    public Task<RegistrationResult> RegisterAtDeskAsync(MemberCategory category, string fullName, string nationalId, string phone, int libraryId,
        CancellationToken cancellationToken) =>
        RegisterAsync(new Registration(null, null, null, category, fullName, nationalId, phone, libraryId, null, null), cancellationToken);

    /// <summary>A member's new name, already checked with <see cref="PersonName"/>; false when the person is not a member.</summary>
    public Task<bool> RenameAsync(string botName, long userId, string fullName, CancellationToken cancellationToken) =>
        EditOwnAsync(botName, userId, m => m.FullName = fullName, cancellationToken);

    /// <summary>A member's new phone, canonical from <see cref="IranianMobile"/>; false when the person is not a member.</summary>
    public Task<bool> ChangePhoneAsync(string botName, long userId, string phone, CancellationToken cancellationToken) =>
        EditOwnAsync(botName, userId, m => m.Phone = phone, cancellationToken);

    /// <summary>A member's move to another library; false when the person is not a member or the library is gone.</summary>
    public async Task<bool> MoveLibraryAsync(string botName, long userId, int libraryId, CancellationToken cancellationToken) =>
        await db.Libraries.FindAsync([libraryId], cancellationToken) is { } library
        && await EditOwnAsync(botName, userId, m => (m.LibraryId, m.Library) = (library.Id, library), cancellationToken);

    /// <summary>
    /// A proof the member sends after joining, while their claim waits or after it was rejected: kept for staff, and a
    /// rejected claim goes back to pending, to be decided again with the new proof (the past decision stays on the
    /// earlier proofs). The same file sent twice is kept once.
    /// </summary>
    public async Task<ProofOutcome> AddProofAsync(string botName, long userId, ProofFile proof, CancellationToken cancellationToken)
    {
        if (await FindAsync(botName, userId, cancellationToken) is not { } member)
        {
            return ProofOutcome.NotMember;
        }

        if (!member.Category.NeedsProof() || member.CategoryStatus is not (CategoryStatus.Pending or CategoryStatus.Rejected))
        {
            return ProofOutcome.NothingToProve;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var reopened = member.CategoryStatus == CategoryStatus.Rejected;
        if (reopened)
        {
            member.CategoryStatus = CategoryStatus.Pending;
            member.RejectionReason = null;
            member.CategoryDecidedAt = null;
        }

        var waiting = await db.CategoryProofs.AnyAsync(
            p => p.MemberId == member.Id && p.Decision == null && p.FileUniqueId == proof.FileUniqueId, cancellationToken);
        if (!waiting)
        {
            member.Proofs.Add(NewProof(botName, proof, now));
        }

        return reopened ? ProofOutcome.Reopened : ProofOutcome.Added;
    }

    private static CategoryProof NewProof(string botName, ProofFile proof, DateTime now) => new()
    {
        BotName = botName,
        FileId = proof.FileId,
        FileUniqueId = proof.FileUniqueId,
        Kind = proof.Kind,
        FileName = proof.FileName,
        ContentType = proof.ContentType,
        ReceivedAt = now,
    };

    public Task<Member?> FindByNationalIdAsync(string nationalId, CancellationToken cancellationToken) =>
        db.Members.AsNoTracking().Include(m => m.Library).SingleOrDefaultAsync(m => m.NationalId == nationalId, cancellationToken);

    /// <summary>Changes the messenger user's own tracked membership row; the caller's commit saves it.</summary>
    private async Task<bool> EditOwnAsync(string botName, long userId, Action<Member> edit, CancellationToken cancellationToken)
    {
        if (await FindAsync(botName, userId, cancellationToken) is not { } member)
        {
            return false;
        }

        edit(member);
        return true;
    }

    /// <summary>
    /// The Jalali year's two digits and six random ones: short enough to read aloud at the desk,
    /// and not a counter, so a number does not tell how many members there are.
    /// </summary>
    private async Task<string> NewMembershipNumberAsync(DateTime now, CancellationToken cancellationToken)
    {
        var year = JalaliDate.FromUtc(now).Year % 100;
        while (true)
        {
            var number = $"{year:D2}{RandomNumberGenerator.GetInt32(0, 1_000_000):D6}";
            if (!await db.Members.AnyAsync(m => m.MembershipNumber == number, cancellationToken))
            {
                return number;
            }
        }
    }
}
