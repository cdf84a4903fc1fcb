using Microsoft.EntityFrameworkCore;
using RahZendegi.Bot.Conversations;
using RahZendegi.Bot.Workshops;
using RahZendegi.Domain.Payments;
using RahZendegi.Domain.Pricing;
using RahZendegi.Domain.Workshops;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Bot.Workshops;

/// <summary>A workshop discount code typed in the bot, through the step counselling and membership share.</summary>
public sealed class WorkshopDiscountCodeTests : IAsyncLifetime
{
    private BotTestHost host = null!;

    public async Task InitializeAsync() => host = await BotTestHost.StartAsync(h => h.Settings["Demo:Seed"] = "true");

    public async Task DisposeAsync() => await host.DisposeAsync();

    private ChatScript NewPerson() => new(host.Chat, host.Sandbox.Emulator.AddUser().Id);

    private async Task<int> AddWorkshopAsync()
    {
        await using var db = host.Database.NewContext();
        var starts = DateTime.UtcNow.Date.AddDays(6).AddHours(6);
        var workshop = new Workshop
        {
            Title = "آشپزی سالم برای خانواده", Kind = WorkshopKind.Empowerment, LibraryId = 1, Capacity = 5,
            SignUpDeadline = starts.AddDays(-1), BasePrice = 400_000,
        };
        workshop.Schedule([(starts, starts.AddHours(2))]);
        db.Workshops.Add(workshop);
        db.DiscountCodes.AddRange(
            new DiscountCode { Code = "KARGAH30", Percent = 30, ServiceKind = ServiceKind.Workshop, UsageLimit = 10 },
            new DiscountCode { Code = "KOHNE", Percent = 50, ServiceKind = ServiceKind.Workshop, ExpiresAt = DateTime.UtcNow.AddDays(-1) });
        await db.SaveChangesAsync();
        return workshop.Id;
    }

    [Fact]
    public async Task SignUp_WithAWorkshopCode_PaysExactlyTheDiscountedPrice_AndTheCodeIsUsedOnce()
    {
        var workshopId = await AddWorkshopAsync();
        var me = NewPerson();

        var details = await me.SayAsync($"/start w{workshopId}");
        Assert.Equal([WorkshopTexts.SignUpButton, CommonTexts.DiscountCodeButton], details.ReplyButtons.Select(b => b.Text).Take(2));
        Assert.Equal(CommonTexts.AskDiscountCode, (await me.SayAsync(CommonTexts.DiscountCodeButton)).Text);
        var priced = await me.SayAsync("kargah30");
        Assert.Contains("مبلغ قابل پرداخت: ۲۸٬۰۰۰ تومان", priced.Text);
        Assert.DoesNotContain(CommonTexts.DiscountCodeButton, priced.ReplyButtons.Select(b => b.Text));
        Assert.StartsWith("ثبت‌نام شما", (await me.SayAsync(WorkshopTexts.SignUpButton)).Text);

        await using var db = host.Database.NewContext();
        var registration = await db.WorkshopRegistrations.AsNoTracking().SingleAsync(r => r.WorkshopId == workshopId);
        Assert.Equal((400_000L, 120_000L, 280_000L), (registration.BaseRials, registration.DiscountRials, registration.ToPayRials));
        var payment = await db.Payments.AsNoTracking().SingleAsync(p => p.WorkshopRegistrationId == registration.Id);
        Assert.Equal((400_000L, 280_000L, PaymentStatus.Due), (payment.ListRials, payment.DueRials, payment.Status));
        Assert.Equal(1, (await db.DiscountCodes.AsNoTracking().SingleAsync(c => c.Code == "KARGAH30")).TimesUsed);
    }

    [Fact]
    public async Task SignUp_AfterAnUnknownAndAnExpiredCode_HearsWhyAndLosesNothing()
    {
        var workshopId = await AddWorkshopAsync();
        var me = NewPerson();
        await me.SayAsync($"/start w{workshopId}");
        await me.SayAsync(CommonTexts.DiscountCodeButton);

        var unknown = await me.SayAsync("NADARAM");
        var expired = await me.SayAsync("kohne");
        var back = await me.SayAsync(CommonTexts.Back);
        var done = await me.SayAsync(WorkshopTexts.SignUpButton);

        Assert.Contains(PricingTexts.CodeHint(DiscountCodeCheck.NotFound, null), unknown.Text);
        Assert.Contains("مهلت استفاده از این کد تخفیف تمام شده است.", expired.Text);
        Assert.Contains("مبلغ قابل پرداخت: ۴۰٬۰۰۰ تومان", back.Text);
        Assert.StartsWith("ثبت‌نام شما", done.Text);
        await using var db = host.Database.NewContext();
        var registration = await db.WorkshopRegistrations.AsNoTracking().SingleAsync(r => r.WorkshopId == workshopId);
        Assert.Equal((RegistrationStatus.Confirmed, 400_000L), (registration.Status, registration.ToPayRials));
        Assert.Equal(0, (await db.DiscountCodes.AsNoTracking().SingleAsync(c => c.Code == "KOHNE")).TimesUsed);
    }
}
