using System.Net;
using RahZendegi.Admin.Pages.Membership;
using RahZendegi.Bot.Hosting;
using RahZendegi.Domain.Announcements;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Messaging;
using Telegram.Bot.Exceptions;

namespace RahZendegi.Tests.Admin.Membership;

public sealed class DeliveriesPageTests
{
    private const long Chat = 601;
    private const string CounselingText = "یادآوری: فردا ساعت ۱۰ مشاورهٔ خانواده با خانم احمدی";

    [Fact]
    public async Task Deliveries_SentBroadcastFailedReminderBlockedNotice_ShowsEachStatusAndNoCounselingText()
    {
        using var panel = await PanelSession.StartAsync();
        var libraries = LibraryIds(panel);
        await panel.AddStaffAsync("operator-log", "LibraryOperator", libraries[0]);
        await panel.AddStaffAsync("operator-other", "LibraryOperator", libraries[1]);
        var memberId = await ArrangeAsync(panel, libraries[0]);
        using var http = await panel.SignInAsync("operator-log");
        using var other = await panel.SignInAsync("operator-other");

        var html = WebUtility.HtmlDecode(await http.GetStringAsync($"/Membership/Deliveries/{memberId}"));
        var elsewhere = await other.GetAsync($"/Membership/Deliveries/{memberId}");

        Assert.Contains($"data-status=\"{DeliveryStatus.Sent}\" data-kind=\"{OutboxKind.Broadcast}\"", html, StringComparison.Ordinal);
        Assert.Contains($"data-status=\"{DeliveryStatus.Failed}\" data-kind=\"{OutboxKind.Reminder}\"", html, StringComparison.Ordinal);
        Assert.Contains($"data-status=\"{DeliveryStatus.Blocked}\" data-kind=\"{OutboxKind.Notice}\"", html, StringComparison.Ordinal);
        Assert.Contains(DeliveriesTexts.StatusName(DeliveryStatus.Sent), html, StringComparison.Ordinal);
        Assert.Contains(DeliveriesTexts.StatusName(DeliveryStatus.Failed), html, StringComparison.Ordinal);
        Assert.Contains(DeliveriesTexts.StatusName(DeliveryStatus.Blocked), html, StringComparison.Ordinal);
        Assert.Contains("کارگاه قصه‌گویی این هفته", html, StringComparison.Ordinal);
        Assert.DoesNotContain("خانم احمدی", html, StringComparison.Ordinal);
        Assert.Contains(DeliveriesTexts.Blocked, html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("data-kind=\"Notice\"", StringComparison.Ordinal) < html.IndexOf("data-kind=\"Broadcast\"", StringComparison.Ordinal), "newest first");
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
        Assert.Contains($"/Membership/Deliveries/{memberId}", await http.GetStringAsync($"/Membership/Details/{memberId}"), StringComparison.Ordinal);
    }

    // As the sender leaves them: a broadcast copy sent, a reminder refused with 400, a notice refused with 403 (newest).
    private static async Task<int> ArrangeAsync(PanelSession panel, int libraryId)
    {
        await using var db = panel.Database.NewContext();
        var now = DateTime.UtcNow;
        var member = new Member
        {
            BotName = "telegram", UserId = Chat, ChatId = Chat, MembershipNumber = "T601", FullName = "مریم رحیمی",
            NationalId = "0499370899", Phone = "+989121234567", LibraryId = libraryId, Category = MemberCategory.Public, CreatedAt = now.AddDays(-3),
        };
        var broadcast = new Broadcast
        {
            Text = "کارگاه قصه‌گویی این هفته\nپنجشنبه ساعت ۱۶ در کتابخانه", Topic = AnnouncementTopic.Children, CreatedBy = "admin",
            CreatedAt = now.AddDays(-2), ScheduledAt = now.AddDays(-2), Status = BroadcastStatus.Done, RecipientCount = 1,
        };
        db.Members.Add(member);
        db.Broadcasts.Add(broadcast);
        db.Conversations.Add(new() { BotName = "telegram", UserId = Chat, ChatId = Chat, Flow = "main", State = "Menu", LastActivityAt = now, Unreachable = true });
        await db.SaveChangesAsync();

        var sent = Message(OutboxKind.Broadcast, "{}", now.AddDays(-2));
        (sent.BroadcastId, sent.Priority, sent.Status, sent.SentAt) = (broadcast.Id, OutboxPriority.Broadcast, OutboxStatus.Sent, now.AddDays(-2));
        var failed = Failed(Message(OutboxKind.Reminder, CounselingText, now.AddDays(-1)), new ApiRequestException("Bad Request: chat not found", 400));
        var blocked = Failed(Message(OutboxKind.Notice, CounselingText, now.AddHours(-1)), new ApiRequestException("Forbidden: bot was blocked by the user", 403));
        db.OutboxMessages.AddRange(sent, failed, blocked);
        await db.SaveChangesAsync();
        return member.Id;
    }

    private static OutboxMessage Message(OutboxKind kind, string text, DateTime at) =>
        OutboxMessage.Create("telegram", Chat, new OutgoingText(text), at, kind);

    private static OutboxMessage Failed(OutboxMessage message, ApiRequestException answer)
    {
        (message.Status, message.Error) = (OutboxStatus.Failed, SendOutcome.FromException(answer).Error);
        return message;
    }

    private static List<int> LibraryIds(PanelSession panel)
    {
        using var db = panel.Database.NewContext();
        return db.Libraries.OrderBy(l => l.Id).Select(l => l.Id).ToList();
    }
}
