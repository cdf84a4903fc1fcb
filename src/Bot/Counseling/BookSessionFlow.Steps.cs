using RahZendegi.Bot.Conversations;
using RahZendegi.Bot.Payments;
using RahZendegi.Domain.Payments;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Persian;
using RahZendegi.Domain.Pricing;

namespace RahZendegi.Bot.Counseling;

/// <summary>Each step's question, its choices as buttons, and how an answer is read.</summary>
public sealed partial class BookSessionFlow
{
    private async Task<Question> QuestionAsync(FlowContext context, BookingDraft draft, State state)
    {
        switch (state)
        {
            case State.Topic:
                return Question.Choose(CounselingTexts.AskTopicAfter(EmergencyLines), [.. (await schedule.TopicsOfferedAsync(context.Cancellation)).Select(CounselingTopics.NameOf)]);
            case State.Library:
                var libraries = await schedule.LibrariesForAsync(draft.Topic!.Value, context.Cancellation);
                return Question.Choose(libraries.Count == 0 ? CounselingTexts.NoLibraries : CounselingTexts.AskLibrary, [.. libraries.Select(l => l.Name)], 1);
            case State.Counselor:
                return Question.Choose(CounselingTexts.AskCounselor, (await CounselorChoicesAsync(context, draft)).Labels, 1);
            case State.Day:
                var days = await DayChoicesAsync(context, draft);
                var dayOptions = draft.MovingBookingId is null ? [.. days.Labels, CounselingTexts.NotifyMeButton] : days.Labels;
                return Question.Choose(days.Count == 0 ? CounselingTexts.NoFreeDays : await AfterLostSlotAsync(context, draft) ?? CounselingTexts.AskDay, dayOptions);
            case State.WatchDay:
                return Question.Choose(CounselingTexts.AskWatchDay, WatchDayChoices(context).Labels);
            case State.Time:
                // With «هر مشاوری» each time names its counsellor: one a row, so the name fits a phone's width.
                return Question.Choose(await AfterLostSlotAsync(context, draft) ?? CounselingTexts.AskTime,
                    (await TimeChoicesAsync(context, draft)).Labels, draft.CounselorId is null ? 1 : 3);
            case State.Summary:
                return Question.Choose(await SummaryAsync(context, draft),
                    draft.MovingBookingId is null ? [CounselingTexts.ConfirmButton, CommonTexts.DiscountCodeButton] : [CounselingTexts.ConfirmMoveButton], 1);
            default:
                return DiscountCodeStep.Ask;
        }
    }

    /// <summary>
    /// Each counsellor by name and gender, then «هر مشاوری», and a gender preference only where the library has
    /// counsellors of both (else it would be the same choice, or lead to nobody).
    /// </summary>
    private async Task<Choices<(int? Counselor, Gender? Gender)>> CounselorChoicesAsync(FlowContext context, BookingDraft draft)
    {
        var choices = new Choices<(int? Counselor, Gender? Gender)>();
        var counselors = await schedule.CounselorsAtAsync(draft.LibraryId!.Value, draft.Topic!.Value, context.Cancellation);
        foreach (var counselor in counselors)
        {
            choices.Add(CounselingTexts.CounselorLabel(counselor.FullName, counselor.Gender == Gender.Female), (counselor.Id, null));
        }

        choices.Add(CounselingTexts.FirstFree, (null, null));
        return counselors.Select(c => c.Gender).Distinct().Count() > 1
            ? choices.Add(CounselingTexts.FirstFreeFemale, (null, Gender.Female)).Add(CounselingTexts.FirstFreeMale, (null, Gender.Male))
            : choices;
    }

    private async Task<IReadOnlyList<Slot>> SlotsAsync(FlowContext context, BookingDraft draft)
    {
        var counselors = await schedule.CounselorsAtAsync(draft.LibraryId!.Value, draft.Topic!.Value, context.Cancellation);
        var ids = draft.CounselorId is { } one
            ? [one]
            : counselors.Where(c => draft.Gender is null || c.Gender == draft.Gender).Select(c => c.Id).ToList();
        return await schedule.FreeSlotsAsync(draft.LibraryId.Value, ids, context.Cancellation);
    }

    /// <summary>Days with free slots, labelled «شنبه ۸ آذر».</summary>
    private async Task<Choices<DateOnly>> DayChoicesAsync(FlowContext context, BookingDraft draft)
    {
        var choices = new Choices<DateOnly>();
        foreach (var day in SlotFinder.GroupByLocalDate(await SlotsAsync(context, draft)))
        {
            choices.Add(JalaliDate.FromUtc(day.Slots[0].StartsAt).FormatDayAndMonth(), day.LocalDate);
        }

        return choices;
    }

    /// <summary>«هر روزی», then each Tehran day of the booking horizon.</summary>
    private Choices<DateOnly?> WatchDayChoices(FlowContext context)
    {
        var choices = new Choices<DateOnly?>().Add(CounselingTexts.AnyDay, null);
        var today = JalaliDate.FromUtc(context.Now);
        for (var i = 0; i <= options.Value.HorizonDays; i++)
        {
            var day = today.AddDays(i);
            choices.Add(day.FormatDayAndMonth(), DateOnly.FromDateTime(JalaliDate.ToTehran(context.Now).Date.AddDays(i)));
        }

        return choices;
    }

    private async Task<IReadOnlyList<Slot>> DaySlotsAsync(FlowContext context, BookingDraft draft) =>
        SlotFinder.GroupByLocalDate(await SlotsAsync(context, draft)).FirstOrDefault(d => d.LocalDate == draft.Day)?.Slots ?? [];

    /// <summary>The day's times; with «first free» each time names the counsellor who has it.</summary>
    private async Task<Choices<Slot>> TimeChoicesAsync(FlowContext context, BookingDraft draft)
    {
        var slots = await DaySlotsAsync(context, draft);
        var names = draft.CounselorId is null
            ? (await schedule.CounselorsAtAsync(draft.LibraryId!.Value, draft.Topic!.Value, context.Cancellation)).ToDictionary(c => c.Id, c => c.FullName)
            : null;
        var choices = new Choices<Slot>();
        foreach (var slot in slots)
        {
            var time = JalaliDate.FormatTime(slot.StartsAt);
            choices.Add(names is null ? time : CounselingTexts.TimeWithCounselor(time, names.GetValueOrDefault(slot.CounselorId) ?? ""), slot);
        }

        return choices;
    }

    /// <summary>
    /// Right after the chosen time went to someone else: the question names the nearest free time (the first button),
    /// so losing the slot is followed by the next choice, not by a generic question.
    /// </summary>
    private async Task<string?> AfterLostSlotAsync(FlowContext context, BookingDraft draft)
    {
        if (!draft.LostSlot)
        {
            return null;
        }

        draft.LostSlot = false;
        var slots = draft.Day is null ? await SlotsAsync(context, draft) : await DaySlotsAsync(context, draft);
        return slots.Count == 0 ? null : CounselingTexts.NextFree(JalaliDate.FormatDateTime(slots.OrderBy(s => s.StartsAt).First().StartsAt));
    }

    private async Task<string> SummaryAsync(FlowContext context, BookingDraft draft)
    {
        var slot = ChosenSlot(draft);
        var counselor = (await schedule.CounselorsAtAsync(draft.LibraryId!.Value, draft.Topic!.Value, context.Cancellation))
            .FirstOrDefault(c => c.Id == slot.CounselorId);
        var library = (await schedule.LibrariesForAsync(draft.Topic.Value, context.Cancellation)).FirstOrDefault(l => l.Id == slot.LibraryId);
        var when = JalaliDate.FormatDateTime(slot.StartsAt);
        if (draft.MovingBookingId is { } moving
            && await bookings.FindOwnAsync(moving, context.Conversation.BotName, context.Conversation.UserId, context.Cancellation) is { } old)
        {
            return CounselingTexts.MoveSummary(counselor?.FullName ?? "", library?.Name ?? "", JalaliDate.FormatDateTime(old.StartsAt), when);
        }

        var quote = await bookings.QuoteAsync(context.Conversation.BotName, context.Conversation.UserId, slot.CounselorId, draft.DiscountCode, context.Cancellation);
        return CounselingTexts.Summary(counselor?.FullName ?? "", library?.Name ?? "", when, PriceQuoteText.Describe(quote));
    }

    private static Slot ChosenSlot(BookingDraft draft) =>
        new(draft.SlotCounselorId ?? 0, draft.LibraryId ?? 0, draft.SlotStartsAt ?? default, default);

    private async Task<Step<Trigger>> AnswerAsync(FlowContext context, BookingDraft draft, State state, UserInput input)
    {
        var text = input.Text;
        switch (state)
        {
            case State.Topic:
                if (CounselingTopics.Parse(text) is not { } topic || !(await schedule.TopicsOfferedAsync(context.Cancellation)).Contains(topic))
                {
                    return Step.Again(CommonTexts.ChooseFromButtons);
                }

                draft.Topic = topic;
                return Step.Go(Trigger.Next);

            case State.Library:
                var library = (await schedule.LibrariesForAsync(draft.Topic!.Value, context.Cancellation)).FirstOrDefault(l => l.Name == text);
                if (library is null)
                {
                    return Step.Again(CommonTexts.ChooseFromButtons);
                }

                draft.LibraryId = library.Id;
                return Step.Go(Trigger.Next);

            case State.Counselor:
                return (await CounselorChoicesAsync(context, draft)).Answer(text,
                    choice => (draft.CounselorId, draft.Gender, draft.FirstFree) = (choice.Counselor, choice.Gender, choice.Counselor is null), Trigger.Next);

            case State.Day when text == CounselingTexts.NotifyMeButton:
                return Step.Go(Trigger.Watch);

            case State.Day:
                return (await DayChoicesAsync(context, draft)).Answer(text, day => draft.Day = day, Trigger.Next);

            case State.WatchDay:
                if (!WatchDayChoices(context).TryMatch(text, out var watchDay))
                {
                    return Step.Again(CommonTexts.ChooseFromButtons);
                }

                watches.Watch(new SlotWatch
                {
                    BotName = context.Conversation.BotName,
                    UserId = context.Conversation.UserId,
                    ChatId = input.ChatId,
                    LibraryId = draft.LibraryId!.Value,
                    Topic = draft.Topic!.Value,
                    CounselorId = draft.CounselorId,
                    Gender = draft.Gender,
                    Day = watchDay,
                });
                return Step.Finish(CounselingTexts.Watching(PersianNumber.Format((long)options.Value.OfferHold.TotalMinutes)));

            case State.Time:
                return (await TimeChoicesAsync(context, draft)).Answer(text,
                    slot => (draft.SlotCounselorId, draft.SlotStartsAt) = (slot.CounselorId, slot.StartsAt), Trigger.Next);

            case State.Summary:
                return text switch
                {
                    CounselingTexts.ConfirmButton when draft.MovingBookingId is null => await ConfirmAsync(context, draft, input),
                    CounselingTexts.ConfirmMoveButton when draft.MovingBookingId is not null => await ConfirmAsync(context, draft, input),
                    CommonTexts.DiscountCodeButton => Step.Go(Trigger.EnterCode),
                    _ => Step.Again(CommonTexts.ChooseFromButtons),
                };

            default:
                return await DiscountCodeStep.AnswerAsync(discountCodes, ServiceKind.Counseling, context, text, code => draft.DiscountCode = code, Trigger.Next);
        }
    }

    private async Task<Step<Trigger>> ConfirmAsync(FlowContext context, BookingDraft draft, UserInput input)
    {
        var (bot, user) = (context.Conversation.BotName, context.Conversation.UserId);
        var slot = (await DaySlotsAsync(context, draft))
            .FirstOrDefault(s => s.CounselorId == draft.SlotCounselorId && s.StartsAt == draft.SlotStartsAt);
        var result = slot == default
            ? await bookings.FindOwnAtAsync(bot, user, draft.SlotCounselorId!.Value, draft.SlotStartsAt!.Value, context.Cancellation) is { } mine
                ? new BookingResult(mine, BookingError.None)
                : BookingResult.Failed(BookingError.SlotTaken)
            : draft.MovingBookingId is { } moving
                ? await bookings.RescheduleAsync(moving, bot, user, slot, context.Cancellation)
                : await bookings.BookAsync(new BookingRequest(bot, user, input.ChatId, slot, draft.Topic!.Value, draft.DiscountCode), context.Cancellation);

        switch (result.Error)
        {
            case BookingError.None:
                var booking = result.Booking!;
                var when = JalaliDate.FormatDateTime(booking.StartsAt);
                var code = PersianText.ToPersianDigits(booking.TrackingCode);
                var library = booking.Library?.Name ?? "";
                var reminders = CounselingTexts.Reminders(BookingReminders.Promised(booking, options.Value));
                return Step.Finish(draft.MovingBookingId is null
                    ? CounselingTexts.Booked(code, when, library, reminders,
                        paymentPrompt.Offer(context, payments.OpenedFor(booking), library, PaymentTexts.SessionFor(when, library)))
                    : CounselingTexts.Moved(code, when, reminders));
            case BookingError.SlotTaken or BookingError.Overlaps:
                context.Reply(result.Error == BookingError.SlotTaken ? CounselingTexts.SlotTaken : CounselingTexts.Overlaps);
                if ((await DaySlotsAsync(context, draft)).Count == 0)
                {
                    draft.Day = null;
                }

                draft.LostSlot = result.Error == BookingError.SlotTaken;

                return Step.Go(Trigger.Taken);
            case BookingError.TooLate:
                // The deadline passed while the person chose the new time: the booking stays as it was.
                return Step.Finish(CounselingTexts.TooLateToCancel(
                    await bookings.FindOwnAsync(draft.MovingBookingId!.Value, bot, user, context.Cancellation), options.Value.CancellationDeadline));
            case BookingError.DiscountCodeUsedUp:
                draft.DiscountCode = null;
                return Step.Again(DiscountCodeStep.UsedUpHint);
            default:
                return Step.Finish(await RefusalTextAsync(context, result.Error));
        }
    }
}
