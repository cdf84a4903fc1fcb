using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RahZendegi.Bot.Membership;
using RahZendegi.Bot.Payments;
using RahZendegi.Bot.Sandbox;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Messaging;
using RahZendegi.Domain.Payments;
using RahZendegi.Tests.Support;
using RahZendegi.Bot.Privacy;

namespace RahZendegi.Tests.Bot.Payments;

/// <summary>
/// The real worker serving a sandbox bot on a database with the demo libraries; people register in the chat as in
/// <c>JoinMembershipFlowTests</c>, and pay through the sandbox's Bale payments.
/// </summary>
public abstract class InChatPaymentTestBase : IAsyncLifetime
{
    protected const string CardNumber = "6037991234567890";
    protected const string Library = "کتابخانه عمومی مرکزی ایلام";
    protected const long Fee = 1_000_000;

    protected BotTestHost Host { get; private set; } = null!;

    /// <summary>Bale with a provider token unless a test class says otherwise.</summary>
    protected virtual void Arrange(BotTestHost host)
    {
        host.Settings["Bots:0:Platform"] = "Bale";
        host.Settings["Bots:0:Payments:ProviderToken"] = CardNumber;
    }

    public async Task InitializeAsync() => Host = await BotTestHost.StartAsync(h =>
    {
        h.Settings["Demo:Seed"] = "true";
        Arrange(h);
    });

    public async Task DisposeAsync() => await Host.DisposeAsync();

    protected ChatScript NewPerson() => new(Host.Chat, Host.Sandbox.Emulator.AddUser().Id);

    /// <summary>Registers in the chat up to the confirmation and returns it; the card and the menu follow it.</summary>
    protected static async Task<SandboxMessage> RegisterAsync(ChatScript person, string category, string nationalId)
    {
        await person.SayAsync("عضویت در کتابخانه");
        await person.SayAsync(PrivacyTexts.ConsentButton);
        await person.SayAsync(category);
        await person.SayAsync("زهرا محمدی");
        await person.SayAsync(nationalId);
        await person.SayAsync("09123456789");
        await person.SayAsync("ایلام");
        await person.SayAsync("ایلام");
        await person.SayAsync(Library);
        if (category != MemberCategoryNames.Public)
        {
            await person.SayAsync(MembershipTexts.SkipProofButton);
        }

        var registered = await person.SayAsync(MembershipTexts.ConfirmButton);
        Assert.Equal(SandboxMessageKind.Photo, (await person.NextAsync()).Kind);
        await person.NextAsync();
        return registered;
    }

    /// <summary>Registers as a member of the public and returns the invoice that follows the menu.</summary>
    protected static async Task<SandboxMessage> RegisterForInvoiceAsync(ChatScript person, string nationalId = "5260181591")
    {
        await RegisterAsync(person, MemberCategoryNames.Public, nationalId);
        var invoice = await person.NextAsync();
        Assert.Equal(SandboxMessageKind.Invoice, invoice.Kind);
        return invoice;
    }

    protected async Task<Payment> PaymentOfAsync(ChatScript person)
    {
        await using var db = Host.Database.NewContext();
        return await db.Payments.AsNoTracking().Include(p => p.Events.OrderBy(e => e.Id))
            .SingleAsync(p => p.For == PaymentFor.Membership && p.Member!.UserId == person.UserId);
    }

    protected async Task ChangePaymentAsync(ChatScript person, Action<Payment> change)
    {
        await using var db = Host.Database.NewContext();
        var payment = await db.Payments.SingleAsync(p => p.For == PaymentFor.Membership && p.Member!.UserId == person.UserId);
        change(payment);
        await db.SaveChangesAsync();
    }

    /// <summary>The confirmation round, run when the test chooses, as the scheduler runs it once a minute.</summary>
    protected async Task RunConfirmationRoundAsync()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PaymentConfirmations>().ConfirmPendingAsync(CancellationToken.None);
    }

    /// <summary>Every message written for the chat so far has been sent (or given up).</summary>
    protected Task OutboxDrainedAsync() =>
        Host.WaitForOutboxAsync(async db => !await db.OutboxMessages.AnyAsync(m => m.Status == OutboxStatus.Pending));

    /// <summary>
    /// The person writes once more and reads the answer: one person's updates are handled in order and their messages
    /// sent in order, so whatever the earlier updates caused has arrived by then.
    /// </summary>
    protected static async Task<SandboxMessage> AfterEverythingEarlierAsync(ChatScript person)
    {
        person.Chat.SendText(person.UserId, "/start");
        return await person.Chat.WaitForBotMessageAsync(person.UserId, m => m.ReplyKeyboard.Count > 0);
    }
}
