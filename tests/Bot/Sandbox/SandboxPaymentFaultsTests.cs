using RahZendegi.Bot.Sandbox;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace RahZendegi.Tests.Bot.Sandbox;

/// <summary>The payment faults a bot must survive: a payment delivered twice, and an inquiry that fails.</summary>
public sealed class SandboxPaymentFaultsTests : SandboxPaymentsTestBase
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task PayInvoice_SuccessfulPaymentDuplicated_ArrivesTwiceWithOneChargeButTheChatShowsOnePayment(bool sameUpdateId)
    {
        await SendMembershipInvoice();
        Bot.DuplicateNextSuccessfulPayment(sameUpdateId);

        var paying = Bot.PayInvoiceAsync(Ali);
        var queryUpdate = Assert.Single(await Client.GetUpdates());
        await Client.AnswerPreCheckoutQuery(queryUpdate.PreCheckoutQuery!.Id);
        await paying.WaitAsync(Bound);
        var deliveries = await Client.GetUpdates(offset: queryUpdate.Id + 1);

        Assert.Equal(2, deliveries.Length);
        Assert.All(deliveries, u => Assert.Equal(queryUpdate.PreCheckoutQuery.Id, u.Message!.SuccessfulPayment!.TelegramPaymentChargeId));
        Assert.Equal(sameUpdateId, deliveries[0].Id == deliveries[1].Id);
        Assert.Single(Bot.Messages(Ali), m => m.Kind == SandboxMessageKind.Payment);
    }
    [Theory]
    [InlineData(SandboxInquiryFailure.ServerError, 500)]
    [InlineData(SandboxInquiryFailure.NotFound, 400)]
    public async Task InquireTransaction_WhileFailing_AnswersTheErrorUntilTheFailureIsLifted(SandboxInquiryFailure failure, int errorCode)
    {
        var charge = await PayMembership();
        Bot.SetInquiryFailure(failure);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Client.SendRequest(new InquireTransactionRequest(charge)));
        Bot.SetInquiryFailure(SandboxInquiryFailure.None);
        var transaction = await Client.SendRequest(new InquireTransactionRequest(charge));

        Assert.Equal(errorCode, error.ErrorCode);
        Assert.Equal("paid", transaction.Status);
    }
    [Fact]
    public async Task InquireTransaction_StillPendingFailure_ReportsAPaidTransactionAsPending()
    {
        var charge = await PayMembership();
        Bot.SetInquiryFailure(SandboxInquiryFailure.StillPending);

        var transaction = await Client.SendRequest(new InquireTransactionRequest(charge));

        Assert.Equal(("pending", Fee), (transaction.Status, transaction.Amount));
    }
}
