using Microsoft.VisualBasic.FileIO;
using Microsoft.EntityFrameworkCore;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Messaging;
using RahZendegi.Domain.Payments;

namespace RahZendegi.Domain.Membership;

/// <summary>
/// Staff decide on claimed categories: by hand, or by the committee's list of eligible national IDs.
/// Every decision is told to the person in the bot, through the outbox, in the caller's commit.
/// </summary>
public sealed class CategoryVerification(AppDbContext db, PaymentLedger payments, TimeProvider time)
{
    public async Task<DecisionOutcome> VerifyAsync(int memberId, CancellationToken cancellationToken)
    {
        var member = await db.Members.SingleOrDefaultAsync(m => m.Id == memberId, cancellationToken);
        if (member is null)
        {
            return DecisionOutcome.NotFound;
        }

        if (!member.Category.NeedsProof() || member.CategoryStatus == CategoryStatus.Verified)
        {
            return DecisionOutcome.NothingToDecide;
        }

        await VerifyAsync(member, cancellationToken);
        await StampProofsAsync(member, cancellationToken);
        return DecisionOutcome.Done;
    }

    public async Task<DecisionOutcome> RejectAsync(int memberId, string reason, CancellationToken cancellationToken)
    {
        var member = await db.Members.SingleOrDefaultAsync(m => m.Id == memberId, cancellationToken);
        if (member is null)
        {
            return DecisionOutcome.NotFound;
        }

        if (!member.Category.NeedsProof() || member.CategoryStatus == CategoryStatus.Rejected)
        {
            return DecisionOutcome.NothingToDecide;
        }

        member.CategoryStatus = CategoryStatus.Rejected;
        member.RejectionReason = reason.Trim();
        member.CategoryDecidedAt = time.GetUtcNow().UtcDateTime;
        await StampProofsAsync(member, cancellationToken);
        Notify(member, MembershipNotices.Rejected(MemberCategoryNames.Of(member.Category), member.RejectionReason));
        return DecisionOutcome.Done;
    }

    /// <summary>
    /// Reads national IDs from the first column of a CSV (a header line is allowed), keeps them for future
    /// registrations and verifies the pending claims of that category that match.
    /// </summary>
    public async Task<ImportReport> ImportEligibleAsync(MemberCategory category, Stream csv, CancellationToken cancellationToken)
    {
        var malformed = new List<MalformedLine>();
        var ids = new HashSet<string>();
        var rows = 0;

        // The framework's own CSV reader: quotes, delimiters and line numbers without another package.
        using (var parser = new TextFieldParser(csv) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true })
        {
            parser.SetDelimiters(",", ";", "\t");
            while (!parser.EndOfData)
            {
                var lineNumber = parser.LineNumber;
                string[] fields;
                try
                {
                    fields = parser.ReadFields() ?? [];
                }
                catch (MalformedLineException)
                {
                    rows++;
                    malformed.Add(new MalformedLine((int)parser.ErrorLineNumber, parser.ErrorLine));
                    continue;
                }

                var field = fields.FirstOrDefault() ?? "";
                if (string.IsNullOrWhiteSpace(field))
                {
                    continue;
                }

                if (NationalId.Validate(field, out var canonical) == NationalIdCheck.Valid)
                {
                    rows++;
                    ids.Add(canonical);
                }
                else if (!(lineNumber == 1 && !field.Any(char.IsDigit)))
                {
                    // The first line without digits is a header; anything else unreadable is reported.
                    rows++;
                    malformed.Add(new MalformedLine((int)lineNumber, string.Join(',', fields)));
                }
            }
        }

        var known = await db.EligibleNationalIds.Where(e => e.Category == category && ids.Contains(e.NationalId))
            .Select(e => e.NationalId).ToListAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var fresh = ids.Except(known).ToList();
        db.EligibleNationalIds.AddRange(fresh.Select(id => new EligibleNationalId { NationalId = id, Category = category, ImportedAt = now }));

        var pending = await db.Members
            .Where(m => m.Category == category && m.CategoryStatus == CategoryStatus.Pending && ids.Contains(m.NationalId))
            .ToListAsync(cancellationToken);
        foreach (var member in pending)
        {
            await VerifyAsync(member, cancellationToken);
            await StampProofsAsync(member, cancellationToken);
        }

        return new ImportReport(rows, fresh.Count, pending.Count, malformed);
    }

    public Task<bool> IsEligibleAsync(string nationalId, MemberCategory category, CancellationToken cancellationToken) =>
        db.EligibleNationalIds.AnyAsync(e => e.NationalId == nationalId && e.Category == category, cancellationToken);

    // The fee still due is priced again for the verified category: for a committee client it is then nothing.
    private async Task VerifyAsync(Member member, CancellationToken cancellationToken)
    {
        member.CategoryStatus = CategoryStatus.Verified;
        member.RejectionReason = null;
        member.CategoryDecidedAt = time.GetUtcNow().UtcDateTime;
        var fee = await payments.RepriceMembershipAsync(member, cancellationToken);
        Notify(member, MembershipNotices.Verified(MemberCategoryNames.Of(member.Category), fee?.DueRials));
    }

    /// <summary>
    /// The decision is written on the proofs it was made on, those that waited for it: the member page shows each
    /// proof with its decision, and the retention counts from it.
    /// </summary>
    private async Task StampProofsAsync(Member member, CancellationToken cancellationToken)
    {
        var waiting = await db.CategoryProofs.Where(p => p.MemberId == member.Id && p.Decision == null).ToListAsync(cancellationToken);
        foreach (var proof in waiting)
        {
            (proof.Decision, proof.DecidedAt, proof.RejectionReason) = (member.CategoryStatus, member.CategoryDecidedAt, member.RejectionReason);
        }
    }

    // A member registered at the desk without a messenger account hears of the decision at the desk.
    private void Notify(Member member, string text)
    {
        if (member is { BotName: { } bot, ChatId: { } chat })
        {
            db.OutboxMessages.Add(OutboxMessage.Create(bot, chat, new OutgoingText(text), time.GetUtcNow().UtcDateTime, OutboxKind.Notice));
        }
    }
}
