using RahZendegi.Bot.Conversations;
using RahZendegi.Bot.MainMenu;
using RahZendegi.Bot.Payments;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Payments;
using RahZendegi.Domain.Persian;
using RahZendegi.Domain.Pricing;

namespace RahZendegi.Bot.Membership;

/// <summary>Each step's question and how its answer is read.</summary>
public sealed partial class JoinMembershipFlow
{
    private async Task<Question> QuestionAsync(FlowContext context, MembershipDraft draft, State state) => state switch
    {
        State.Consent => consent.Ask,
        // «عموم مردم» first: the question does not open with the welfare label, and most people need no proof.
        State.Category => Question.Choose(MembershipTexts.AskCategory, [.. MemberCategoryNames.All.Select(c => c.Name).Reverse()], 1),
        State.FullName => MemberDetails.AskFullName,
        State.NationalId => Question.Choose(MembershipTexts.AskNationalId, []),
        State.Link => MemberDetails.AskOwnPhone,
        State.Phone => MemberDetails.AskPhone,
        State.Province => await MemberDetails.AskProvinceAsync(libraries, context.Cancellation),
        State.City => await MemberDetails.AskCityAsync(libraries, draft.Province, context.Cancellation),
        State.Library => await MemberDetails.AskLibraryAsync(libraries, draft.Province, draft.City, context.Cancellation),
        State.Proof => Question.Choose(MembershipTexts.AskProof, [MembershipTexts.SkipProofButton]),
        State.Summary => Question.Choose(await SummaryAsync(context, draft), [MembershipTexts.ConfirmButton, CommonTexts.DiscountCodeButton], 1),
        _ => DiscountCodeStep.Ask,
    };

    private async Task<string> SummaryAsync(FlowContext context, MembershipDraft draft)
    {
        var category = draft.Category ?? MemberCategory.Public;
        var quote = await membership.QuoteFeeAsync(category, draft.NationalId ?? "", draft.DiscountCode, context.Cancellation);
        var library = draft.LibraryId is { } id ? await libraries.FindAsync(id, context.Cancellation) : null;
        var onceVerified = quote.CategoryPending ? (await membership.QuoteFeeOnceVerifiedAsync(category, context.Cancellation)).ToPayRials : quote.ToPayRials;
        var price = onceVerified < quote.ToPayRials
            ? MembershipTexts.PendingFee(MemberCategoryNames.Of(category), onceVerified, quote.ToPayRials)
            : PriceQuoteText.Describe(quote);

        return MembershipTexts.Summary(
            MemberCategoryNames.Of(category),
            draft.FullName ?? "",
            PersianText.ToPersianDigits(draft.NationalId ?? ""),
            IranianMobile.Display(draft.Phone ?? ""),
            library is null ? "" : MembershipTexts.LibraryLine(library.Name, library.City),
            price);
    }

    private async Task<Step<Trigger>> AnswerAsync(FlowContext context, MembershipDraft draft, State state, UserInput input)
    {
        var cancellation = context.Cancellation;
        var text = input.Text;
        switch (state)
        {
            case State.Consent:
                return await consent.AnswerAsync(context, text, Trigger.Next);

            case State.Category:
                if (MemberCategoryNames.Parse(text) is not { } category)
                {
                    return Step.Again(CommonTexts.ChooseFromButtons);
                }

                draft.Category = category;
                return Step.Go(Trigger.Next);

            case State.FullName:
                if (MemberDetails.NameHint(text, out var name) is { } nameHint)
                {
                    return Step.Again(nameHint);
                }

                draft.FullName = name;
                return Step.Go(Trigger.Next);

            case State.NationalId:
                var idCheck = NationalId.Validate(text, out var nationalId);
                if (idCheck != NationalIdCheck.Valid)
                {
                    return Step.Again(idCheck is NationalIdCheck.Empty or NationalIdCheck.NotTenDigits
                        ? MembershipTexts.NationalIdNotTenDigits
                        : MembershipTexts.NationalIdInvalid);
                }

                draft.NationalId = nationalId;
                return Step.Go(await membership.IsNationalIdTakenAsync(nationalId, cancellation) ? Trigger.Link : Trigger.Next);

            case State.Link:
                return await LinkAsync(context, draft, input);

            case State.Phone:
                if (MemberDetails.PhoneHint(input, out var phone) is { } phoneHint)
                {
                    return Step.Again(phoneHint);
                }

                draft.Phone = phone;
                return Step.Go(Trigger.Next);

            case State.Province:
                return (await MemberDetails.ProvincesAsync(libraries, cancellation)).Answer(text, province => draft.Province = province, Trigger.Next);

            case State.City:
                return (await MemberDetails.CitiesAsync(libraries, draft.Province, cancellation)).Answer(text, city => draft.City = city, Trigger.Next);

            case State.Library:
                return (await MemberDetails.LibrariesAsync(libraries, draft.Province, draft.City, cancellation))
                    .Answer(text, library => draft.LibraryId = library, Trigger.Next);

            case State.Proof:
                if (input.Kind == InputKind.Text)
                {
                    return text == MembershipTexts.SkipProofButton ? Step.Go(Trigger.Next) : Step.Again(MembershipTexts.ProofExpected);
                }

                if (ProofInput.Read(input, out var proofHint) is not { } proof)
                {
                    return Step.Again(proofHint!);
                }

                draft.Proof = proof;
                context.Reply(MembershipTexts.ProofReceived);
                return Step.Go(Trigger.Next);

            case State.Summary:
                return text switch
                {
                    MembershipTexts.ConfirmButton => await RegisterAsync(context, draft, input),
                    CommonTexts.DiscountCodeButton => Step.Go(Trigger.EnterCode),
                    _ => Step.Again(CommonTexts.ChooseFromButtons),
                };

            default:
                return await DiscountCodeStep.AnswerAsync(discountCodes, ServiceKind.Membership, context, text, code => draft.DiscountCode = code, Trigger.Next);
        }
    }

    private async Task<Step<Trigger>> RegisterAsync(FlowContext context, MembershipDraft draft, UserInput input)
    {
        var result = await membership.RegisterAsync(new Registration(
            context.Conversation.BotName,
            context.Conversation.UserId,
            input.ChatId,
            draft.Category ?? MemberCategory.Public,
            draft.FullName ?? "",
            draft.NationalId ?? "",
            draft.Phone ?? "",
            draft.LibraryId ?? 0,
            draft.Proof,
            draft.DiscountCode), context.Cancellation);
        switch (result.Error)
        {
            case RegistrationError.DiscountCodeUsedUp:
                draft.DiscountCode = null;
                return Step.Again(DiscountCodeStep.UsedUpHint);
            case RegistrationError.NationalIdTaken:
                return Step.Again(MembershipTexts.NationalIdTaken);
            case RegistrationError.AlreadyMember:
                // A member by now (the confirmation arrived twice): their membership, as a member sees it from the menu.
                await context.StartFlowAsync(ManageMembershipFlow.FlowName);
                return Step.Done;
        }

        var member = result.Member!;
        var library = member.Library?.Name ?? "";

        // A claimed category waiting for staff is priced at the public fee until then: no invoice for a price that may go.
        var howToPay = member.CategoryStatus == CategoryStatus.Pending
            ? member.Category == MemberCategory.CommitteeClient ? PaymentTexts.CommitteeClaimPending : PaymentTexts.ClaimPending(library)
            : paymentPrompt.Offer(context, payments.OpenedFor(member), library, PaymentTexts.MembershipFor(library));
        context.Reply(MembershipTexts.Registered + "\n" + MembershipTexts.RegisteredDetails(
            PersianText.ToPersianDigits(member.MembershipNumber), howToPay));
        context.ReplyPhoto(cards.Create(member));
        return Step.Finish(MainMenuTexts.MenuPrompt);
    }

    /// <summary>
    /// The national ID has a membership: this account joins it when the person shares their own number, the one on
    /// record. Anything else leaves them where they are, told why and where the library's desk is.
    /// </summary>
    private async Task<Step<Trigger>> LinkAsync(FlowContext context, MembershipDraft draft, UserInput input)
    {
        if (input.Contact is null)
        {
            return Step.Again(MembershipTexts.LinkNeedsContact);
        }

        var result = await accounts.LinkAsync(context.Conversation.BotName, context.Conversation.UserId, input.ChatId, draft.NationalId ?? "",
            input.Contact.PhoneNumber, input.Contact.UserId, context.Cancellation);
        switch (result.Outcome)
        {
            case LinkOutcome.NoSuchMember:
                // The membership went while they answered (staff removed it): they may join afresh.
                return Step.Go(Trigger.Next);
            case LinkOutcome.Linked:
                break;
            default:
                return Step.Again((result.Outcome == LinkOutcome.NotOwnContact ? MembershipTexts.LinkNotOwnContact : MembershipTexts.LinkPhoneMismatch)
                    + "\n" + MembershipTexts.LinkDesk);
        }

        var member = result.Member!;
        context.Reply(MembershipTexts.Linked(PersianText.ToPersianDigits(member.MembershipNumber)));
        context.ReplyPhoto(cards.Create(member));
        return Step.Finish(MainMenuTexts.MenuPrompt);
    }
}
