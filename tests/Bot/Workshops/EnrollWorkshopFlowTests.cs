using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RahZendegi.Bot.Announcements;
using RahZendegi.Bot.Sandbox;
using RahZendegi.Bot.Workshops;
using RahZendegi.Domain.Announcements;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Workshops;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Bot.Workshops;

/// <summary>Workshops and announcements through the sandbox chat, against demo data.</summary>
public sealed class EnrollWorkshopFlowTests : IAsyncLifetime
{
    private BotTestHost host = null!;

    public async Task InitializeAsync() => host = await BotTestHost.StartAsync(h => h.Settings["Demo:Seed"] = "true");

    public async Task DisposeAsync() => await host.DisposeAsync();

    private ChatScript NewPerson() => new(host.Chat, host.Sandbox.Emulator.AddUser().Id);

    private async Task<Workshop> AddWorkshopAsync(int capacity)
    {
        await using var db = host.Database.NewContext();
        var starts = DateTime.UtcNow.Date.AddDays(6).AddHours(6);
        var workshop = new Workshop
        {
            Title = "آشپزی سالم برای خانواده", Kind = WorkshopKind.Empowerment, LibraryId = 1, Capacity = capacity,
            SignUpDeadline = starts.AddDays(-1), BasePrice = 400_000,
        };
        workshop.Schedule([(starts, starts.AddHours(2))]);
        db.Workshops.Add(workshop);
        await db.SaveChangesAsync();
        return workshop;
    }

    private async Task<List<WorkshopRegistration>> RegistrationsAsync(int workshopId)
    {
        await using var db = host.Database.NewContext();
        return await db.WorkshopRegistrations.Where(r => r.WorkshopId == workshopId).OrderBy(r => r.Id).ToListAsync();
    }

    [Fact]
    public async Task Browse_ByKindAndLibrary_ShowsThisPersonsPriceAndSignsUp()
    {
        var me = NewPerson();
        Assert.Equal(WorkshopTexts.AskKind, (await me.SayAsync("کارگاه‌ها و رویدادها")).Text);
        Assert.Equal(WorkshopTexts.AskLibrary, (await me.SayAsync("کسب‌وکار و اشتغال")).Text);
        var list = await me.SayAsync(WorkshopTexts.AllLibraries);
        Assert.Equal(WorkshopTexts.AskWorkshop, list.Text);

        var details = await me.SayAsync(list.ReplyButtons.First().Text);
        Assert.Contains("آشنایی با راه‌اندازی کسب‌وکار خانگی", details.Text);
        Assert.Contains("مبلغ قابل پرداخت: ۵۰٬۰۰۰ تومان", details.Text);

        var done = await me.SayAsync(WorkshopTexts.SignUpButton);
        Assert.StartsWith("ثبت‌نام شما در «آشنایی با راه‌اندازی کسب‌وکار خانگی» انجام شد", done.Text);
    }

    [Fact]
    public async Task Details_OfAWorkshopForOtherGroups_SaysWhoMayTakeItAndOffersNoSignUp()
    {
        var workshop = await AddWorkshopAsync(capacity: 10);
        await using (var db = host.Database.NewContext())
        {
            db.AddRange(new[] { MemberCategory.Public, MemberCategory.CommitteeStaffOrFamily, MemberCategory.LibraryStaff, MemberCategory.CommitteeClient }
                .Select(c => new WorkshopGroupTerm { WorkshopId = workshop.Id, Category = c, Open = false }));
            await db.SaveChangesAsync();
        }

        var me = NewPerson();
        var details = await me.SayAsync($"/start w{workshop.Id}");

        Assert.Contains(WorkshopTexts.OnlyFor(MemberCategoryNames.LibraryMember), details.Text);
        Assert.DoesNotContain("هزینه", details.Text);
        Assert.DoesNotContain(WorkshopTexts.SignUpButton, details.ReplyButtons.Select(b => b.Text));
        Assert.Empty(await RegistrationsAsync(workshop.Id));
    }

    [Fact]
    public async Task FullWorkshop_WaitingListThenCancellation_OffersTheSeatAndTheWaiterConfirms()
    {
        var workshop = await AddWorkshopAsync(capacity: 1);
        var first = NewPerson();
        var second = NewPerson();
        await first.SayAsync($"/start w{workshop.Id}");
        Assert.StartsWith("ثبت‌نام شما", (await first.SayAsync(WorkshopTexts.SignUpButton)).Text);

        var details = await second.SayAsync($"/start w{workshop.Id}");
        Assert.Contains(WorkshopTexts.Full, details.Text);
        Assert.Contains(WorkshopTexts.WaitListButton, details.ReplyButtons.Select(b => b.Text));
        Assert.Equal(WorkshopTexts.Waiting(workshop.Title, "۱"), (await second.SayAsync(WorkshopTexts.WaitListButton)).Text);

        await first.SayAsync("کارگاه‌ها و رویدادها");
        var card = await first.SayAsync(WorkshopTexts.MyRegistrations);
        await first.NextAsync();
        host.Chat.PressButton(first.UserId, card.MessageId, card.InlineButtons.Single().CallbackData!);
        Assert.Equal(WorkshopTexts.Cancelled, (await first.NextAsync()).Text);

        var offer = await second.NextAsync();
        Assert.StartsWith($"یک جا در کارگاه «{workshop.Title}» آزاد شد", offer.Text);
        host.Chat.PressButton(second.UserId, offer.MessageId, offer.InlineButtons.Single().CallbackData!);
        Assert.StartsWith($"ثبت‌نام شما در «{workshop.Title}» انجام شد", (await second.NextAsync()).Text);
        Assert.Equal([RegistrationStatus.Cancelled, RegistrationStatus.Confirmed], (await RegistrationsAsync(workshop.Id)).Select(r => r.Status));
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task HundredPeople_SigningUpForTenSeatsAtOnce_TenConfirmedAndNinetyWaitingInArrivalOrder()
    {
        var workshop = await AddWorkshopAsync(capacity: 10);
        var people = Enumerable.Range(0, 100).Select(_ => NewPerson()).ToList();
        foreach (var person in people)
        {
            await person.SayAsync($"/start w{workshop.Id}");
        }

        foreach (var person in people)
        {
            host.Chat.SendText(person.UserId, WorkshopTexts.SignUpButton);
        }

        var answers = await Task.WhenAll(people.Select(p => p.NextAsync()));
        Assert.Equal(10, answers.Count(a => a.Text!.StartsWith("ثبت‌نام شما", StringComparison.Ordinal)));
        Assert.Equal(90, answers.Count(a => a.Text!.StartsWith("ظرفیت", StringComparison.Ordinal)));

        var registrations = await RegistrationsAsync(workshop.Id);
        Assert.Equal(Enumerable.Range(1, 10), registrations.Where(r => r.Status == RegistrationStatus.Confirmed).Select(r => r.Seat!.Value).Order());
        var waiting = registrations.Where(r => r.Status == RegistrationStatus.Waiting).ToList();
        Assert.Equal(90, waiting.Count);
        for (var i = 0; i < waiting.Count; i++)
        {
            // The position each was told is their place in arrival (Id) order.
            var told = answers[people.FindIndex(p => p.UserId == waiting[i].UserId)].Text!;
            Assert.Equal(WorkshopTexts.Waiting(workshop.Title, RahZendegi.Domain.Persian.PersianNumber.Format(i + 1)), told);
        }
    }

    [Fact]
    public async Task NewWorkshop_AnnouncedToSubscribersOfItsKindAndLibrary_OpensFromTheMessage()
    {
        var subscriber = NewPerson();
        var other = NewPerson();
        var settings = await subscriber.SayAsync("اطلاع‌رسانی‌ها");
        await subscriber.SayAsync(AnnouncementTexts.ChangeLibraryButton);
        await subscriber.SayAsync("کتابخانه عمومی مرکزی ایلام");
        var saved = await subscriber.NextAsync();
        Assert.Contains("کتابخانه: کتابخانه عمومی مرکزی ایلام", saved.Text);
        var toggled = await subscriber.SayAsync(AnnouncementTexts.Toggle("توانمندسازی", on: false));
        Assert.Contains(AnnouncementTexts.Toggle("توانمندسازی", on: true), toggled.ReplyButtons.Select(b => b.Text));
        Assert.StartsWith("اطلاع‌رسانی‌ها", settings.Text);
        await other.SayAsync("اطلاع‌رسانی‌ها");
        await other.SayAsync(AnnouncementTexts.Toggle("محفل قرآنی", on: false));

        var workshop = await AddWorkshopAsync(capacity: 20);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var broadcasts = scope.ServiceProvider.GetRequiredService<BroadcastService>();
            Assert.True((await broadcasts.AnnounceWorkshopAsync(workshop.Id, "operator", CancellationToken.None)).Created);
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
            Assert.Equal(1, await broadcasts.ExpandDueAsync(CancellationToken.None));
        }

        var announcement = await subscriber.NextAsync();
        Assert.StartsWith($"برنامهٔ تازه در کتابخانه عمومی مرکزی ایلام: «{workshop.Title}»", announcement.Text);
        host.Chat.PressButton(subscriber.UserId, announcement.MessageId, announcement.InlineButtons.Single().CallbackData!);
        Assert.StartsWith($"«{workshop.Title}»", (await subscriber.NextAsync()).Text);
        Assert.DoesNotContain(host.Chat.Messages(other.UserId), m => m.Text?.StartsWith("برنامهٔ تازه", StringComparison.Ordinal) == true);
    }
}
