using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RahZendegi.Bot.Hosting;
using RahZendegi.Bot.MainMenu;
using RahZendegi.Domain.Conversations;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Messaging;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace RahZendegi.Bot.Conversations;

/// <summary>What handling one update produced: the messages for one chat.</summary>
public sealed record RouteResult(long ChatId, IReadOnlyList<Outgoing> Messages)
{
    public static RouteResult Nothing { get; } = new(0, []);
}

/// <summary>
/// Takes one update to the right flow: global commands and buttons first, then the person's current flow.
/// It changes tracked entities only (the conversation row, with the flow's draft); the caller commits them with the
/// outbox in one transaction.
/// </summary>
public sealed class ConversationRouter(AppDbContext db, MemberAccounts accounts, CounselorAccounts counselors, IEnumerable<IFlow> flows, IEnumerable<IButtonHandler> buttons, IOptions<PipelineOptions> options)
{
    private readonly Dictionary<string, IFlow> flowsByName = flows.ToDictionary(f => f.Name);
    private readonly Dictionary<string, IButtonHandler> buttonsByName = buttons.ToDictionary(b => b.Name);

    public async Task<RouteResult> RouteAsync(string botName, PlatformCapabilities capabilities, Update update, DateTime now, CancellationToken cancellationToken)
    {
        if (update.MyChatMember is { } membership)
        {
            await MarkReachabilityAsync(botName, membership, cancellationToken);
            return RouteResult.Nothing;
        }

        var input = UserInput.From(update);
        switch (input.Kind)
        {
            case InputKind.Ignored:
            case InputKind.Group when input.Text is not ['/', ..]:
                return RouteResult.Nothing;
            case InputKind.Group:
                return new RouteResult(input.ChatId, [new OutgoingText(CommonTexts.GroupChat)]);
        }

        var conversation = await ConversationOf.For(db)(db, botName, input.UserId, cancellationToken);
        var isNew = conversation is null;
        conversation ??= db.Conversations.Add(new ConversationState
        {
            BotName = botName,
            UserId = input.UserId,
            Flow = MainMenuFlow.FlowName,
            State = "",
        }).Entity;
        var idleTooLong = !isNew && conversation.Flow != MainMenuFlow.FlowName && now - conversation.LastActivityAt > options.Value.ConversationTimeout;
        conversation.ChatId = input.ChatId;
        conversation.Unreachable = false;
        conversation.LastActivityAt = now;

        // A member with several messengers is told things in the one they used last.
        await accounts.TouchAsync(botName, input.UserId, input.ChatId, cancellationToken);

        var context = new FlowContext(conversation, capabilities, now, flowsByName, cancellationToken,
            () => counselors.CounselorOfAsync(botName, input.UserId, cancellationToken));
        if (input.Kind == InputKind.Callback && input.CallbackQueryId is { } queryId)
        {
            // Answered at once so the button stops spinning, whatever the flow makes of it.
            context.AnswerCallback(queryId);
        }

        if (input.Kind == InputKind.Edited)
        {
            context.Reply(CommonTexts.EditedMessage);
        }
        else if (EntryPoints.Find(input) is { } entry)
        {
            await (buttonsByName.TryGetValue(entry.Name, out var handler)
                ? handler.PressAsync(context, entry.Payload)
                : context.StartFlowAsync(entry.Name, entry.Payload));
        }
        else if (idleTooLong || !flowsByName.ContainsKey(conversation.Flow))
        {
            await context.FinishAsync(CommonTexts.ConversationExpired);
        }
        else
        {
            await flowsByName[conversation.Flow].HandleAsync(context, input);
        }

        context.KeepDraft();
        return new RouteResult(conversation.ChatId, context.Outgoing);
    }

    // Every update reads its person's row (FindAsync would build and translate a query each time).
    private static readonly CompiledQuery<Func<AppDbContext, string, long, CancellationToken, Task<ConversationState?>>> ConversationOf =
        new(() => EF.CompileAsyncQuery((AppDbContext db, string botName, long userId, CancellationToken _) =>
            db.Conversations.SingleOrDefault(c => c.BotName == botName && c.UserId == userId)));

    private async Task MarkReachabilityAsync(string botName, ChatMemberUpdated membership, CancellationToken cancellationToken)
    {
        if (membership.Chat.Type != ChatType.Private)
        {
            return;
        }

        var conversation = await db.Conversations.FindAsync([botName, membership.From.Id], cancellationToken);
        if (conversation is not null)
        {
            conversation.Unreachable = membership.NewChatMember.Status is ChatMemberStatus.Kicked or ChatMemberStatus.Left;
        }
    }
}
