using System.Net;
using Microsoft.EntityFrameworkCore;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Messaging;
using RahZendegi.Domain.Payments;
using RahZendegi.Domain.Workshops;

namespace RahZendegi.Tests.Admin.Workshops;

/// <summary>Staff cancel a whole workshop or one seat: the page asks first and says what follows; people are told, payments follow the ledger.</summary>
public sealed class CancelPageTests
{
    [Fact]
    public async Task CancelWorkshop_AfterConfirming_ClosesEverySeatAndPlace_RefundsThePaid_TellsBotUsers_AndIsAudited()
    {
        using var panel = await PanelSession.StartAsync();
        var seed = await CancelSeed.AddAsync(panel.Database.NewContext);
        await panel.AddStaffAsync("kargozar9", "LibraryOperator", seed.LibraryId);
        using var http = await panel.SignInAsync("kargozar9");
        var page = $"/Workshops/Cancel/{seed.WorkshopId}";

        var asked = await http.GetStringAsync(page);
        var withoutReason = await PanelSession.PostFormAsync(http, page, page, new() { ["reason"] = " " });
        await using (var db = panel.Database.NewContext())
        {
            Assert.Equal(WorkshopStatus.Published, (await db.Workshops.SingleAsync(w => w.Id == seed.WorkshopId)).Status);
        }

        var posted = await PanelSession.PostFormAsync(http, page, page, new() { ["reason"] = "بیماری مدرس" });
        var after = await http.GetStringAsync(posted.Headers.Location!.OriginalString);

        Assert.Contains("۲ صندلی گرفته‌شده و ۱ نفر در فهرست انتظار لغو می‌شوند", asked);
        Assert.Contains("۱ نفر پرداخت کرده‌اند (۱۰۰٬۰۰۰ تومان)", asked);
        Assert.Contains("نه، کارگاه برگزار می‌شود", asked);
        Assert.Contains("دلیل لغو را بنویسید.", await withoutReason.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Contains("کارگاه لغو شد", after);
        Assert.Contains("این کارگاه لغو شده است.", after);
        await using var check = panel.Database.NewContext();
        Assert.Equal(WorkshopStatus.Cancelled, (await check.Workshops.SingleAsync(w => w.Id == seed.WorkshopId)).Status);
        Assert.All(await check.WorkshopRegistrations.AsNoTracking().ToListAsync(), r => Assert.Equal((RegistrationStatus.Cancelled, (int?)null), (r.Status, r.Seat)));
        var statuses = await check.Payments.AsNoTracking().ToDictionaryAsync(p => p.WorkshopRegistrationId!.Value, p => p.Status);
        Assert.Equal(PaymentStatus.Refunded, statuses[seed.PaidSeat]);
        Assert.Equal(PaymentStatus.Cancelled, statuses[seed.WalkInSeat]);
        var texts = (await check.OutboxMessages.AsNoTracking().ToListAsync())
            .ToDictionary(m => m.ChatId, m => ((OutgoingText)Outgoing.Deserialize(m.Payload)).Text);
        Assert.Equal([CancelSeed.PaidChat, CancelSeed.WaitingChat], texts.Keys.Order());
        Assert.Contains("دلیل: بیماری مدرس", texts[CancelSeed.PaidChat]);
        Assert.Contains("در کتابخانه به شما بازگردانده می‌شود", texts[CancelSeed.PaidChat]);
        Assert.Contains("پرداختی از شما خواسته نمی‌شود", texts[CancelSeed.WaitingChat]);
        Assert.Single(await check.AuditEntries.AsNoTracking().Where(a => a.UserName == "kargozar9" && a.Action == "workshop.cancel").ToListAsync());
    }

    [Fact]
    public async Task CancelSeat_OfAWalkIn_AfterConfirming_OffersTheSeatToTheFirstWaiter()
    {
        using var panel = await PanelSession.StartAsync();
        var seed = await CancelSeed.AddAsync(panel.Database.NewContext);
        await panel.AddStaffAsync("kargozar10", "LibraryOperator", seed.LibraryId);
        using var http = await panel.SignInAsync("kargozar10");
        var page = $"/Workshops/Cancel/{seed.WorkshopId}?registrationId={seed.WalkInSeat}";

        var list = await http.GetStringAsync($"/Workshops/Registrations/{seed.WorkshopId}");
        var asked = await http.GetStringAsync(page);
        var posted = await PanelSession.PostFormAsync(http, page, page, new() { ["reason"] = "درخواست خودش، تلفنی" });

        Assert.Contains($"registrationId={seed.WalkInSeat}", list);
        Assert.Contains("او ربات ندارد؛ کتابخانه به او خبر می‌دهد.", asked);
        Assert.Contains("صندلی آزادشده به نفر اول فهرست انتظار پیشنهاد می‌شود", asked);
        Assert.Contains("نه، ثبت‌نام بماند", asked);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        await using var db = panel.Database.NewContext();
        var registrations = await db.WorkshopRegistrations.AsNoTracking().ToDictionaryAsync(r => r.Id);
        Assert.Equal(RegistrationStatus.Cancelled, registrations[seed.WalkInSeat].Status);
        Assert.Equal((RegistrationStatus.Offered, (int?)2), (registrations[seed.Waiter].Status, registrations[seed.Waiter].Seat));
        Assert.Equal(RegistrationStatus.Confirmed, registrations[seed.PaidSeat].Status);
        Assert.Equal(PaymentStatus.Cancelled, (await db.Payments.AsNoTracking().SingleAsync(p => p.WorkshopRegistrationId == seed.WalkInSeat)).Status);
        var offer = await db.OutboxMessages.AsNoTracking().SingleAsync();
        Assert.Equal(CancelSeed.WaitingChat, offer.ChatId);
        Assert.Contains("آزاد شد", ((OutgoingText)Outgoing.Deserialize(offer.Payload)).Text);
        Assert.Single(await db.AuditEntries.AsNoTracking().Where(a => a.UserName == "kargozar10" && a.Action == "workshop.cancel-seat").ToListAsync());
    }

    [Fact]
    public async Task CancelSeat_PaidBotUser_IsToldAndOwedTheMoneyBack()
    {
        using var panel = await PanelSession.StartAsync();
        var seed = await CancelSeed.AddAsync(panel.Database.NewContext);
        await panel.AddStaffAsync("kargozar11", "LibraryOperator", seed.LibraryId);
        using var http = await panel.SignInAsync("kargozar11");
        var page = $"/Workshops/Cancel/{seed.WorkshopId}?registrationId={seed.PaidSeat}";

        var asked = await http.GetStringAsync(page);
        await PanelSession.PostFormAsync(http, page, page, new() { ["reason"] = "تکرار ثبت‌نام" });

        Assert.Contains("ربات لغو و دلیل آن را به او خبر می‌دهد.", asked);
        Assert.Contains("او ۱۰۰٬۰۰۰ تومان پرداخته است", asked);
        await using var db = panel.Database.NewContext();
        Assert.Equal(PaymentStatus.Refunded, (await db.Payments.AsNoTracking().SingleAsync(p => p.WorkshopRegistrationId == seed.PaidSeat)).Status);
        var told = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.ChatId == CancelSeed.PaidChat);
        Assert.Contains("ثبت‌نام شما در کارگاه", ((OutgoingText)Outgoing.Deserialize(told.Payload)).Text);
    }
}

/// <summary>
/// A workshop of two seats: a bot user who paid 1,000,000 rials (seat 1), a walk-in who has not paid yet (seat 2), and a
/// bot user on the waiting list.
/// </summary>
internal sealed record CancelSeed(int LibraryId, int WorkshopId, int PaidSeat, int WalkInSeat, int Waiter)
{
    public const long PaidChat = 501;
    public const long WaitingChat = 502;

    public static async Task<CancelSeed> AddAsync(Func<RahZendegi.Domain.Data.AppDbContext> newContext)
    {
        await using var db = newContext();
        var libraryId = await db.Libraries.OrderBy(l => l.Id).Select(l => l.Id).FirstAsync();
        var walkIn = new Member
        {
            MembershipNumber = "06990001", FullName = "فاطمه رحیمی", NationalId = "9990000001", Phone = "+989130000001",
            LibraryId = libraryId, Category = MemberCategory.Public, CreatedAt = DateTime.UtcNow,
        };
        db.Members.Add(walkIn);
        var starts = DateTime.UtcNow.Date.AddDays(10).AddHours(12);
        var workshop = new Workshop
        {
            Title = "کارگاه آزمایشی خوشنویسی", Kind = WorkshopKind.Other, LibraryId = libraryId, Capacity = 2,
            SignUpDeadline = starts.AddDays(-1), BasePrice = 1_000_000,
        };
        workshop.Schedule([(starts, starts.AddHours(2))]);
        db.Workshops.Add(workshop);
        await db.SaveChangesAsync();

        WorkshopRegistration Registration(RegistrationStatus status, int? seat, long? chat, int? memberId) => new()
        {
            WorkshopId = workshop.Id, BotName = chat is null ? null : "notabot", UserId = chat, ChatId = chat, MemberId = memberId,
            RegisteredBy = memberId is null ? null : "kargozar", Status = status, Seat = seat, BaseRials = 1_000_000, ToPayRials = 1_000_000,
            CreatedAt = DateTime.UtcNow, ConfirmedAt = seat is null ? null : DateTime.UtcNow,
        };
        var paid = Registration(RegistrationStatus.Confirmed, 1, PaidChat, null);
        var desk = Registration(RegistrationStatus.Confirmed, 2, null, walkIn.Id);
        var waiter = Registration(RegistrationStatus.Waiting, null, WaitingChat, null);
        db.WorkshopRegistrations.AddRange(paid, desk, waiter);
        await db.SaveChangesAsync();

        Payment Seat(WorkshopRegistration r, PaymentStatus status) => new()
        {
            For = PaymentFor.WorkshopSeat, WorkshopRegistrationId = r.Id, LibraryId = libraryId, ServiceAt = starts, ListRials = 1_000_000,
            DueRials = 1_000_000, Status = status, Method = status == PaymentStatus.Paid ? PaymentMethod.DeskCash : null, CreatedAt = DateTime.UtcNow,
            BotName = r.BotName, ChatId = r.ChatId,
        };
        db.Payments.AddRange(Seat(paid, PaymentStatus.Paid), Seat(desk, PaymentStatus.Due));
        await db.SaveChangesAsync();
        return new(libraryId, workshop.Id, paid.Id, desk.Id, waiter.Id);
    }
}
