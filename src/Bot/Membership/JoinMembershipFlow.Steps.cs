using RahZendegi.Bot.Conversations;
using RahZendegi.Bot.MainMenu;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Messaging;
using RahZendegi.Domain.Persian;
using RahZendegi.Domain.Pricing;

namespace RahZendegi.Bot.Membership;

/// <summary>Each step's question and how its answer is read.</summary>
public sealed partial class JoinMembershipFlow
{
    private static readonly KeyboardButton[] Navigation = [CommonTexts.Back, CommonTexts.Cancel];

    private async Task AskAsync(FlowContext context, MembershipDraft draft, State state, string? hint)
    {
        var (question, rows) = await QuestionAsync(context, draft, state);
        context.Ask(question, hint, Keyboard.Reply([.. rows, Navigation]));
    }

    private async Task<(string Question, IReadOnlyList<KeyboardButton>[] Rows)> QuestionAsync(FlowContext context, MembershipDraft draft, State state)
    {
        var cancellation = context.Cancellation;
        switch (state)
        {
            case State.Category:
                return (MembershipTexts.AskCategory, [.. MemberCategoryNames.All.Select(c => new KeyboardButton[] { c.Name })]);
            case State.FullName:
                return (MembershipTexts.AskFullName, []);
            case State.NationalId:
                return (MembershipTexts.AskNationalId, []);
            case State.Phone:
                return (MembershipTexts.AskPhone, [[new KeyboardButton(MembershipTexts.SharePhoneButton, RequestContact: true)]]);
            case State.Province:
                return (MembershipTexts.AskProvince, Pairs(await libraries.ProvincesAsync(cancellation)));
            case State.City:
                return (MembershipTexts.AskCity, Pairs(await libraries.CitiesAsync(draft.Province ?? "", cancellation)));
            case State.Library:
                var inCity = await libraries.InCityAsync(draft.Province ?? "", draft.City ?? "", cancellation);
                return (MembershipTexts.AskLibrary, [.. inCity.Select(l => new KeyboardButton[] { l.Name })]);
            case State.Proof:
                return (MembershipTexts.AskProof, [[MembershipTexts.SkipProofButton]]);
            case State.Summary:
                return (await SummaryAsync(context, draft), [[MembershipTexts.ConfirmButton], [MembershipTexts.DiscountCodeButton]]);
            case State.DiscountCode:
                return (MembershipTexts.AskDiscountCode, []);
            default:
                draft.Editing = false;
                var member = await membership.FindAsync(context.Conversation.BotName, context.Conversation.UserId, cancellation);
                return (member is null ? MembershipTexts.ManagePrompt : Overview(member),
                [
                    [MembershipTexts.EditNameButton, MembershipTexts.EditPhoneButton],
                    [MembershipTexts.EditLibraryButton, MembershipTexts.CardButton],
                ]);
        }
    }

    private async Task<string> SummaryAsync(FlowContext context, MembershipDraft draft)
    {
        var category = draft.Category ?? MemberCategory.Public;
        var quote = await membership.QuoteFeeAsync(category, draft.NationalId ?? "", draft.DiscountCode, context.Cancellation);
        var library = draft.LibraryId is { } id ? await libraries.FindAsync(id, context.Cancellation) : null;
        return MembershipTexts.Summary(
            MemberCategoryNames.Of(category),
            draft.FullName ?? "",
            PersianText.ToPersianDigits(draft.NationalId ?? ""),
            IranianMobile.Display(draft.Phone ?? ""),
            library is null ? "" : MembershipTexts.LibraryLine(library.Name, library.City),
            PriceQuoteText.Describe(quote));
    }

    private static string Overview(Member member) => MembershipTexts.MembershipOverview(
        PersianText.ToPersianDigits(member.MembershipNumber),
        member.FullName,
        member.Library is null ? "" : MembershipTexts.LibraryLine(member.Library.Name, member.Library.City),
        MemberCategoryNames.Of(member.Category),
        member.CategoryStatus switch
        {
            CategoryStatus.Pending => MembershipTexts.StatusPending,
            CategoryStatus.Verified => MembershipTexts.StatusVerified,
            CategoryStatus.Rejected => MembershipTexts.StatusRejected,
            _ => MembershipTexts.StatusNone,
        },
        IranianMobile.Display(member.Phone));

    private static IReadOnlyList<KeyboardButton>[] Pairs(IReadOnlyList<string> options) =>
        [.. options.Chunk(2).Select(pair => pair.Select(o => new KeyboardButton(o)).ToArray())];

    private async Task<Step> AnswerAsync(FlowContext context, MembershipDraft draft, State state, UserInput input)
    {
        var cancellation = context.Cancellation;
        var text = input.Text;
        if (input.Kind == InputKind.Callback)
        {
            return Step.Again(CommonTexts.StaleButton);
        }

        if (input.Kind is not (InputKind.Text or InputKind.Contact or InputKind.Photo)
            || (input.Kind == InputKind.Contact && state != State.Phone)
            || (input.Kind == InputKind.Photo && state != State.Proof))
        {
            return Step.Again(CommonTexts.UnsupportedMessage);
        }

        switch (state)
        {
            case State.Category:
                if (MemberCategoryNames.Parse(text) is not { } category)
                {
                    return Step.Again(MembershipTexts.ChooseFromButtons);
                }

                draft.Category = category;
                return Step.Go(Trigger.Next);

            case State.FullName:
                var nameCheck = PersonName.Validate(text, out var name);
                if (nameCheck != PersonNameCheck.Valid)
                {
                    return Step.Again(nameCheck switch
                    {
                        PersonNameCheck.Empty => MembershipTexts.NameEmpty,
                        PersonNameCheck.TooShort => MembershipTexts.NameTooShort,
                        PersonNameCheck.TooLong => MembershipTexts.NameTooLong,
                        _ => MembershipTexts.NameNotPersian,
                    });
                }

                draft.FullName = name;
                return await SaveIfEditingAsync(context, draft, m => m.FullName = name);

            case State.NationalId:
                var idCheck = NationalId.Validate(text, out var nationalId);
                if (idCheck != NationalIdCheck.Valid)
                {
                    return Step.Again(idCheck is NationalIdCheck.Empty or NationalIdCheck.NotTenDigits
                        ? MembershipTexts.NationalIdNotTenDigits
                        : MembershipTexts.NationalIdInvalid);
                }

                if (await membership.IsNationalIdTakenAsync(nationalId, cancellation))
                {
                    return Step.Again(MembershipTexts.NationalIdTaken);
                }

                draft.NationalId = nationalId;
                return Step.Go(Trigger.Next);

            case State.Phone:
                if (input.Contact is { } contact && contact.UserId != input.UserId)
                {
                    return Step.Again(MembershipTexts.ContactNotOwn);
                }

                if (IranianMobile.TryNormalize(input.Contact?.PhoneNumber ?? text, out var phone) != MobileCheck.Valid)
                {
                    return Step.Again(MembershipTexts.PhoneInvalid);
                }

                draft.Phone = phone;
                return await SaveIfEditingAsync(context, draft, m => m.Phone = phone);

            case State.Province:
                if (!(await libraries.ProvincesAsync(cancellation)).Contains(text))
                {
                    return Step.Again(MembershipTexts.ChooseFromButtons);
                }

                draft.Province = text;
                return Step.Go(Trigger.Next);

            case State.City:
                if (!(await libraries.CitiesAsync(draft.Province ?? "", cancellation)).Contains(text))
                {
                    return Step.Again(MembershipTexts.ChooseFromButtons);
                }

                draft.City = text;
                return Step.Go(Trigger.Next);

            case State.Library:
                var library = (await libraries.InCityAsync(draft.Province ?? "", draft.City ?? "", cancellation)).FirstOrDefault(l => l.Name == text);
                if (library is null)
                {
                    return Step.Again(MembershipTexts.ChooseFromButtons);
                }

                draft.LibraryId = library.Id;
                return await SaveIfEditingAsync(context, draft, m => m.LibraryId = library.Id);

            case State.Proof:
                if (input.PhotoFileId is { } photo)
                {
                    draft.ProofFileId = photo;
                    context.Reply(MembershipTexts.ProofReceived);
                    return Step.Go(Trigger.Next);
                }

                return text == MembershipTexts.SkipProofButton ? Step.Go(Trigger.Next) : Step.Again(MembershipTexts.ProofExpected);

            case State.Summary:
                return text switch
                {
                    MembershipTexts.ConfirmButton => await RegisterAsync(context, draft, input),
                    MembershipTexts.DiscountCodeButton => Step.Go(Trigger.EnterCode),
                    _ => Step.Again(MembershipTexts.ChooseFromButtons),
                };

            case State.DiscountCode:
                return await ApplyCodeAsync(context, draft, text);

            default:
                return await ManageAsync(context, draft, text);
        }
    }

    private async Task<Step> SaveIfEditingAsync(FlowContext context, MembershipDraft draft, Action<Member> change)
    {
        if (draft.Editing && await membership.FindAsync(context.Conversation.BotName, context.Conversation.UserId, context.Cancellation) is { } member)
        {
            change(member);
            context.Reply(MembershipTexts.Updated);
        }

        return Step.Go(Trigger.Next);
    }

    private async Task<Step> ApplyCodeAsync(FlowContext context, MembershipDraft draft, string typed)
    {
        var (check, code) = await discountCodes.CheckAsync(typed, ServiceKind.Membership, context.Now, context.Cancellation);
        if (check != DiscountCodeCheck.Valid)
        {
            return Step.Again(PricingTexts.CodeHint(check, code));
        }

        draft.DiscountCode = code!.Code;
        return Step.Go(Trigger.Next);
    }

    private async Task<Step> RegisterAsync(FlowContext context, MembershipDraft draft, UserInput input)
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
            draft.ProofFileId,
            draft.DiscountCode), context.Cancellation);
        switch (result.Error)
        {
            case RegistrationError.DiscountCodeUsedUp:
                draft.DiscountCode = null;
                return Step.Again(PricingTexts.CodeHint(DiscountCodeCheck.UsedUp, null));
            case RegistrationError.NationalIdTaken:
                return Step.Again(MembershipTexts.NationalIdTaken);
            case RegistrationError.AlreadyMember:
                await context.StartFlowAsync(FlowName);
                return Step.Done;
        }

        var member = result.Member!;
        context.Reply(MembershipTexts.Registered + "\n" + MembershipTexts.RegisteredDetails(
            PersianText.ToPersianDigits(member.MembershipNumber), PricingTexts.ToPayLine(member.FeeToPayRials)));
        context.ReplyPhoto(cards.Create(member));
        await context.StartFlowAsync(MainMenuFlow.FlowName, MainMenuFlow.WithMessage(MainMenuTexts.MenuPrompt));
        return Step.Done;
    }

    private async Task<Step> ManageAsync(FlowContext context, MembershipDraft draft, string text)
    {
        switch (text)
        {
            case MembershipTexts.EditNameButton:
                draft.Editing = true;
                return Step.Go(Trigger.EditName);
            case MembershipTexts.EditPhoneButton:
                draft.Editing = true;
                return Step.Go(Trigger.EditPhone);
            case MembershipTexts.EditLibraryButton:
                draft.Editing = true;
                return Step.Go(Trigger.EditLibrary);
            case MembershipTexts.CardButton:
                var member = await membership.FindAsync(context.Conversation.BotName, context.Conversation.UserId, context.Cancellation);
                if (member is not null)
                {
                    context.ReplyPhoto(cards.Create(member));
                }

                return Step.Done;
            default:
                return Step.Again(MembershipTexts.ChooseFromButtons);
        }
    }
}
