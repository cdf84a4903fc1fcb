using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Payments;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Domain.Payments;

/// <summary>The ledger's side of paying in the chat: payloads, pre-checkout verdicts, charges kept once and confirmed.</summary>
public sealed class InChatLedgerOnSqliteTests() : InChatLedgerTests(DatabaseProvider.Sqlite);

public sealed class InChatLedgerOnPostgresTests() : InChatLedgerTests(DatabaseProvider.Postgres);

public abstract class InChatLedgerTests(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly DateTime Now = new(2026, 12, 19, 4, 30, 0, DateTimeKind.Utc);
    private const string Bot = "bale";
    private const long User = 41;
    private const long Fee = 1_000_000;

    private DomainServices services = null!;
    private int paymentId;
    private string payload = "";

    public async Task InitializeAsync()
    {
        services = await DomainServices.StartAsync(new FakeTimeProvider(Now), provider);
        await using (var db = services.Database.NewContext())
        {
            db.Libraries.Add(Seed.Library("دهلران"));
            await db.SaveChangesAsync();
        }

        var libraryId = await InScopeAsync<AppDbContext, int>(db => db.Libraries.Select(l => l.Id).SingleAsync());
        var member = await InScopeAsync<MembershipService, Member>(async s => (await s.RegisterAsync(new Registration(
            Bot, User, User, MemberCategory.Public, "زهرا محمدی", "5260181591", "+989121234567", libraryId, null, null), default)).Member!);
        paymentId = await InScopeAsync<PaymentLedger, int>(async l =>
        {
            var payment = (await l.ForMembershipAsync(member.Id, default))!;
            payload = InvoicePayload.Format(payment.Id, l.IssueInvoice(payment));
            return payment.Id;
        });
    }

    public Task DisposeAsync() => services.DisposeAsync().AsTask();

    [Theory]
    [InlineData("rz-12-abcdefABCDEF", true)]
    [InlineData("rz-12-abcdefABCDE", false)]
    [InlineData("rz-0-abcdefABCDEF", false)]
    [InlineData("rz--12-abcdefABCDEF", false)]
    [InlineData("rz-12-abcdef-BCDEF", false)]
    [InlineData("payment-12", false)]
    [InlineData("", false)]
    public void Parse_Payloads_AcceptsOnlyTheBotsShape(string text, bool valid)
    {
        Assert.Equal(valid, InvoicePayload.TryParse(text, out var id, out var check));
        if (valid)
        {
            Assert.Equal((12, "abcdefABCDEF"), (id, check));
        }
    }

    [Fact]
    public async Task IssueInvoice_Twice_KeepsOneCheck()
    {
        var again = await InScopeAsync<PaymentLedger, string>(async l => l.IssueInvoice((await l.FindAsync(paymentId, default))!));

        Assert.Equal(payload, InvoicePayload.Format(paymentId, again));
    }

    [Fact]
    public async Task CheckCheckout_EachCase_GivesItsVerdict()
    {
        Assert.Equal(CheckoutRefusal.None, await CheckAsync(payload, Fee));
        Assert.Equal(CheckoutRefusal.AmountChanged, await CheckAsync(payload, Fee - 10));
        Assert.Equal(CheckoutRefusal.Unknown, await CheckAsync(payload, Fee, user: User + 1));
        Assert.Equal(CheckoutRefusal.Unknown, await CheckAsync(payload, Fee, bot: "telegram"));
        Assert.Equal(CheckoutRefusal.Unknown, await CheckAsync(InvoicePayload.Format(paymentId, "AAAAAAAAAAAA"), Fee));

        await ReportAsync("charge-1");
        Assert.Equal(CheckoutRefusal.BeingConfirmed, await CheckAsync(payload, Fee));
    }

    [Fact]
    public async Task Report_SameChargeTwice_RecordsItOnce()
    {
        Assert.Equal(InChatReportOutcome.Recorded, await ReportAsync("charge-1"));
        Assert.Equal(InChatReportOutcome.Duplicate, await ReportAsync("charge-1"));

        var payment = await PaymentAsync();
        Assert.Equal(("charge-1", PaymentStatus.Due), (payment.ProviderChargeId, payment.Status));
        Assert.Equal(2, payment.Events.Count);
    }

    [Fact]
    public async Task Report_ChargeForAPaymentPaidAtTheDesk_IsNotedAsARefundOwed()
    {
        await InScopeAsync<PaymentLedger, DeskPaymentResult>(l => l.RecordAtDeskAsync(paymentId, PaymentMethod.DeskCash, "operator1", null, default));

        Assert.Equal(InChatReportOutcome.PaidTwice, await ReportAsync("charge-2"));
        Assert.Equal(InChatReportOutcome.Duplicate, await ReportAsync("charge-2"));

        var payment = await PaymentAsync();
        Assert.Equal((PaymentStatus.Paid, PaymentMethod.DeskCash, null), (payment.Status, payment.Method, payment.ProviderChargeId));
        Assert.Single(payment.Events, e => e.Note?.Contains("charge-2") == true && e.Note.Contains("refund owed"));
    }

    [Fact]
    public async Task Confirm_Paid_MarksItPaidByTheInvoiceWithAReceiptNumber()
    {
        await ReportAsync("charge-3");

        Assert.Equal(InChatConfirmation.Paid, await ConfirmAsync(ChargeStatus.Paid));

        var payment = await PaymentAsync();
        Assert.Equal((PaymentStatus.Paid, PaymentMethod.BaleInvoice, $"1405-{paymentId:D6}", Now), (payment.Status, payment.Method, payment.ReceiptNumber, payment.SettledAt));
        Assert.Empty(await InScopeAsync<PaymentLedger, List<Payment>>(l => l.AwaitingConfirmationAsync(default)));
    }

    [Fact]
    public async Task Confirm_Failed_DropsTheChargeAndARedeliveryOfItChangesNothing()
    {
        await ReportAsync("charge-4");

        Assert.Equal(InChatConfirmation.Failed, await ConfirmAsync(ChargeStatus.Failed));
        Assert.Equal(InChatReportOutcome.Duplicate, await ReportAsync("charge-4"));

        var payment = await PaymentAsync();
        Assert.Equal((PaymentStatus.Due, null), (payment.Status, payment.ProviderChargeId));
        Assert.Equal(CheckoutRefusal.None, await CheckAsync(payload, Fee));
    }

    [Fact]
    public async Task Confirm_Pending_LeavesItAwaitingTheRound()
    {
        await ReportAsync("charge-5");

        Assert.Equal(InChatConfirmation.Pending, await ConfirmAsync(ChargeStatus.Pending));

        Assert.Equal([paymentId], (await InScopeAsync<PaymentLedger, List<Payment>>(l => l.AwaitingConfirmationAsync(default))).Select(p => p.Id));
    }

    private Task<CheckoutRefusal> CheckAsync(string text, long amount, string bot = Bot, long user = User) =>
        InScopeAsync<PaymentLedger, CheckoutRefusal>(async l => (await l.CheckCheckoutAsync(bot, user, text, PaymentLedger.Currency, amount, default)).Refusal);

    private Task<InChatReportOutcome> ReportAsync(string charge) =>
        InScopeAsync<PaymentLedger, InChatReportOutcome>(async l => (await l.ReportInChatAsync(Bot, User, payload, charge, "bank-" + charge, Fee, default)).Outcome);

    private Task<InChatConfirmation> ConfirmAsync(ChargeStatus status) =>
        InScopeAsync<PaymentLedger, InChatConfirmation>(async l => l.ConfirmInChat((await l.FindAsync(paymentId, default))!, status));

    private async Task<Payment> PaymentAsync()
    {
        await using var db = services.Database.NewContext();
        return await db.Payments.AsNoTracking().Include(p => p.Events).SingleAsync(p => p.Id == paymentId);
    }

    private async Task<T> InScopeAsync<TService, T>(Func<TService, Task<T>> work)
        where TService : notnull
    {
        await using var scope = services.NewScope();
        var result = await work(scope.ServiceProvider.GetRequiredService<TService>());
        await scope.Db().SaveChangesAsync();
        return result;
    }
}
