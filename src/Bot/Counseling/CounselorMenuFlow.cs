using RahZendegi.Bot.Conversations;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Feedback;
using RahZendegi.Domain.Messaging;
using RahZendegi.Domain.Persian;
using Stateless.Reflection;

namespace RahZendegi.Bot.Counseling;

/// <summary>
/// «میز مشاور», a linked counsellor's own menu: the agenda of today, tomorrow and the week (each session with «برگزار شد»
/// and «نیامد» once it has begun), «تأخیر دارم», «امروز نمی‌آیم» (asks first), a leave request, their average rating,
/// and the way back to the client's menu. <c>/counselor code</c> links the account first.
/// </summary>
public sealed class CounselorMenuFlow(CounselorAccounts accounts, CounselorDay day, FeedbackService feedback) : IFlow
{
    public const string FlowName = "CounselorMenu";

    internal enum State { Start, Menu, Delay, DayOffReason, DayOffConfirm, LeaveFirst, LeaveLast, LeaveReason }

    internal enum Trigger { Open, AskDelay, AskDayOff, ConfirmDayOff, AskLeave, Next, Done, Back }

    private const int MaxReason = 200;

    public string Name => FlowName;

    private FlowMachine<State, Trigger> CreateMachine(FlowContext context) =>
        Configure(FlowMachine.Create(context, State.Start, Trigger.Back, state => QuestionAsync(context, state)));

    private static FlowMachine<State, Trigger> Configure(FlowMachine<State, Trigger> machine)
    {
        machine.Configure(State.Start).Permit(Trigger.Open, State.Menu);
        machine.Configure(State.Menu)
            .PermitReentry(Trigger.Open)
            .Permit(Trigger.AskDelay, State.Delay)
            .Permit(Trigger.AskDayOff, State.DayOffReason)
            .Permit(Trigger.AskLeave, State.LeaveFirst);
        machine.Configure(State.Delay).Permit(Trigger.Done, State.Menu).Permit(Trigger.Back, State.Menu);
        machine.Configure(State.DayOffReason).Permit(Trigger.ConfirmDayOff, State.DayOffConfirm).Permit(Trigger.Back, State.Menu);
        machine.Configure(State.DayOffConfirm).Permit(Trigger.Done, State.Menu).Permit(Trigger.Back, State.DayOffReason);
        machine.Configure(State.LeaveFirst).Permit(Trigger.Next, State.LeaveLast).Permit(Trigger.Back, State.Menu);
        machine.Configure(State.LeaveLast).Permit(Trigger.Next, State.LeaveReason).Permit(Trigger.Back, State.LeaveFirst);
        machine.Configure(State.LeaveReason).Permit(Trigger.Done, State.Menu).Permit(Trigger.Back, State.LeaveLast);
        return machine;
    }

    public StateMachineInfo Describe() => CreateMachine(FlowContext.ForDescription(FlowName)).Describe();

    /// <summary>The payload is a link code from <c>/counselor code</c>, or nothing: the menu of a linked counsellor.</summary>
    public async Task StartAsync(FlowContext context, string? payload)
    {
        if (payload is { Length: > 0 } code)
        {
            var (bot, user, chat) = (context.Conversation.BotName, context.Conversation.UserId, context.Conversation.ChatId);
            var linked = await accounts.LinkAsync(bot, user, chat, code, context.Cancellation);
            if (linked.Outcome != CounselorLinkOutcome.Linked)
            {
                await context.FinishAsync(linked.Outcome == CounselorLinkOutcome.TakenByOther ? CounselorTexts.TakenByOther : CounselorTexts.UnknownCode);
                return;
            }

            context.KnowCounselor(linked.Counselor!);
            context.Reply(CounselorTexts.Linked(linked.Counselor!.FullName));
            await CreateMachine(context).FireAsync(Trigger.Open);
            return;
        }

        if (await context.CounselorAsync() is null)
        {
            await context.FinishAsync(CounselorTexts.NotACounselor);
            return;
        }

        await CreateMachine(context).FireAsync(Trigger.Open);
    }

    public async Task HandleAsync(FlowContext context, UserInput input)
    {
        // Unlinked in the panel meanwhile: the menu is no longer theirs.
        if (await context.CounselorAsync() is not { } counselor)
        {
            await context.FinishAsync(CounselorTexts.NotACounselor);
            return;
        }

        await CreateMachine(context).HandleAsync(input, state => AnswerAsync(context, counselor, state, input.Text));
    }

    private async Task<Question> QuestionAsync(FlowContext context, State state) => state switch
    {
        State.Delay => Question.Choose(CounselorTexts.AskDelay, CounselorTexts.Delays.Select(d => d.Label), 3),
        State.DayOffReason => Question.Choose(CounselorTexts.AskDayOffReason, []),
        State.DayOffConfirm => Question.Choose(
            CounselorTexts.AskDayOffConfirm((await day.RemainingTodayAsync((await context.CounselorAsync())!.Id, context.Cancellation)).Count,
                context.Draft<CounselorDraft>().Reason ?? ""),
            [CounselorTexts.DayOffConfirmButton, CounselorTexts.DayOffKeepButton], 1),
        State.LeaveFirst => Question.Choose(CounselorTexts.AskLeaveFirst, []),
        State.LeaveLast => Question.Choose(CounselorTexts.AskLeaveLast, [CounselorTexts.SameDay], 1),
        State.LeaveReason => Question.Choose(CounselorTexts.AskLeaveReason, [CounselorTexts.NoReason], 1),
        _ => new Question(CounselorTexts.MenuPrompt((await context.CounselorAsync())?.FullName ?? ""), Menu),
    };

    private static readonly Keyboard Menu = Keyboard.Reply(
        [CounselorTexts.Today, CounselorTexts.Tomorrow],
        [CounselorTexts.Week, CounselorTexts.MyRatings],
        [CounselorTexts.Delay, CounselorTexts.DayOff],
        [CounselorTexts.Leave, CounselorTexts.ClientMenu]);

    private async Task<Step<Trigger>> AnswerAsync(FlowContext context, Counselor counselor, State state, string text)
    {
        var draft = context.Draft<CounselorDraft>();
        switch (state)
        {
            case State.Menu:
                return await MenuChoiceAsync(context, counselor, text);
            case State.Delay:
                var delay = CounselorTexts.Delays.FirstOrDefault(d => PersianText.Normalize(d.Label) == PersianText.Normalize(text));
                if (delay.Minutes == 0)
                {
                    return Step.Again(CommonTexts.ChooseFromButtons);
                }

                context.Reply(CounselorTexts.DelayTold(await day.AnnounceDelayAsync(counselor.Id, delay.Minutes, context.Cancellation)));
                return Step.Go(Trigger.Done);
            case State.DayOffReason:
                var reason = text.Trim();
                if (reason.Length > MaxReason)
                {
                    return Step.Again(CounselorTexts.ReasonTooLong);
                }

                draft.Reason = reason;
                return Step.Go(Trigger.ConfirmDayOff);
            case State.DayOffConfirm when text == CounselorTexts.DayOffConfirmButton && draft.Reason is { } given:
                context.Reply(CounselorTexts.DayOffDone(await day.CancelTodayAsync(counselor.Id, given, context.Cancellation)));
                return Step.Go(Trigger.Done);
            case State.DayOffConfirm when text == CounselorTexts.DayOffKeepButton:
                return Step.Go(Trigger.Done);
            case State.LeaveFirst:
                return ReadDate(text, after: null, date => draft.LeaveFirst = date);
            case State.LeaveLast:
                var first = Parse(draft.LeaveFirst!);
                return text == CounselorTexts.SameDay
                    ? Keep(draft, draft.LeaveFirst!)
                    : ReadDate(text, first, date => draft.LeaveLast = date);
            case State.LeaveReason:
                var (from, to) = (Parse(draft.LeaveFirst!), Parse(draft.LeaveLast ?? draft.LeaveFirst!));
                day.RequestLeave(counselor.Id, from, to, text == CounselorTexts.NoReason ? null : Trim(text));
                context.Reply(CounselorTexts.LeaveRequested(from.Format(), to.Format()));
                return Step.Go(Trigger.Done);
            default:
                return Step.Again(CommonTexts.ChooseFromButtons);
        }
    }

    private async Task<Step<Trigger>> MenuChoiceAsync(FlowContext context, Counselor counselor, string text)
    {
        switch (text)
        {
            case CounselorTexts.Today:
                return Step.Again(await ShowAgendaAsync(context, counselor, 0, 1, CounselorTexts.TodayLabel, withDate: false));
            case CounselorTexts.Tomorrow:
                return Step.Again(await ShowAgendaAsync(context, counselor, 1, 2, CounselorTexts.TomorrowLabel, withDate: false));
            case CounselorTexts.Week:
                return Step.Again(await ShowAgendaAsync(context, counselor, 0, 7, CounselorTexts.WeekLabel, withDate: true));
            case CounselorTexts.MyRatings:
                var mine = (await feedback.CounselorAveragesAsync([counselor.Id], context.Cancellation)).SingleOrDefault();
                return Step.Again(mine is null ? CounselorTexts.NoRatings : CounselorTexts.Ratings(CounselorTexts.Average(mine.Average), mine.Count));
            case CounselorTexts.Delay:
                return Step.Go(Trigger.AskDelay);
            case CounselorTexts.DayOff:
                return Step.Go(Trigger.AskDayOff);
            case CounselorTexts.Leave:
                return Step.Go(Trigger.AskLeave);
            case CounselorTexts.ClientMenu:
                return Step.Finish(MainMenu.MainMenuTexts.MenuPrompt);
            default:
                return Step.Again(CommonTexts.ChooseFromButtons);
        }
    }

    /// <summary>One card per session, with the buttons that close it once it has begun; the count goes above the menu.</summary>
    private async Task<string> ShowAgendaAsync(FlowContext context, Counselor counselor, int fromDay, int untilDay, string label, bool withDate)
    {
        var (from, _) = day.Day(fromDay);
        var (_, until) = day.Day(untilDay - 1);
        var items = await day.AgendaAsync(counselor.Id, from, until, context.Cancellation);
        foreach (var item in items)
        {
            var when = withDate ? JalaliDate.FormatDateTime(item.StartsAt) : JalaliDate.FormatTime(item.StartsAt);
            var closable = item.Status == BookingStatus.Confirmed && item.StartsAt <= context.Now;
            context.Reply(CounselorTexts.Card(when, item.Library, item.Client, item.Topic, item.Paid, item.Status),
                closable ? CounselorButtons.For(item.BookingId) : null);
        }

        return items.Count == 0 ? CounselorTexts.NoSessions(label) : CounselorTexts.SessionsCount(label, items.Count);
    }

    private Step<Trigger> ReadDate(string text, JalaliDate? after, Action<string> keep)
    {
        if (!JalaliDate.TryParse(text, out var date))
        {
            return Step.Again(CounselorTexts.NotADate);
        }

        var (today, _) = day.Day(0);
        if (date.ToUtc(TimeOnly.MinValue).Utc < today)
        {
            return Step.Again(CounselorTexts.PastDate);
        }

        if (after is { } first && date.ToUtc(TimeOnly.MinValue).Utc < first.ToUtc(TimeOnly.MinValue).Utc)
        {
            return Step.Again(CounselorTexts.LastBeforeFirst);
        }

        keep(Key(date));
        return Step.Go(Trigger.Next);
    }

    private static Step<Trigger> Keep(CounselorDraft draft, string date)
    {
        draft.LeaveLast = date;
        return Step.Go(Trigger.Next);
    }

    private static string Key(JalaliDate date) => FormattableString.Invariant($"{date.Year:D4}/{date.Month:D2}/{date.Day:D2}");

    private static JalaliDate Parse(string key) => JalaliDate.TryParse(key, out var date) ? date : throw new InvalidOperationException("A stored date is always valid.");

    private static string Trim(string text) => text.Trim() is var t && t.Length > 500 ? t[..500] : text.Trim();
}
