using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RahZendegi.Domain.Announcements;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Payments;

namespace RahZendegi.Tests.Admin;

/// <summary>
/// Every page and every form handler of the panel against every role, on the server: a table says who may use
/// what, and a test fails when a page or handler is added without a line in it.
/// </summary>
public sealed class PanelAuthorizationTests(PanelAuthorizationTests.Panel panel) : IClassFixture<PanelAuthorizationTests.Panel>
{
    public enum Role { ProvincialAdmin, LibraryOperator, Counselor, Anonymous }

    private static readonly Role[] Everyone = [Role.ProvincialAdmin, Role.LibraryOperator, Role.Counselor];
    private static readonly Role[] Staff = [Role.ProvincialAdmin, Role.LibraryOperator];
    private static readonly Role[] AdminOnly = [Role.ProvincialAdmin];

    /// <summary>A page (as its model's folder and name), a sample address, who may open it and who may post each handler.</summary>
    private sealed record Access(string Page, string Url, Role[] Open, params (string Handler, Role[] Post)[] Handlers);

    private static readonly Access[] Table =
    [
        new("/Index", "/", Everyone),
        new("/Account/ChangePassword", "/Account/ChangePassword", Everyone, ("", Everyone)),
        new("/Agenda/Index", "/Agenda", Everyone),
        new("/Counseling/Bookings/Index", "/Counseling/Bookings", Staff, ("Attended", Staff), ("NoShow", Staff), ("Cancel", Staff)),
        new("/Counseling/Bookings/New", "/Counseling/Bookings/New", Staff, ("", Staff)),
        new("/Counseling/Bookings/Confirmation", "/Counseling/Bookings/Confirmation/{booking}", Staff),
        new("/Counseling/Counselors/Index", "/Counseling/Counselors", Staff),
        new("/Counseling/Counselors/Edit", "/Counseling/Counselors/Edit/1", Staff, ("", Staff), ("AddLeave", Staff), ("DeleteLeave", Staff)),
        new("/Counseling/Counselors/Broken", "/Counseling/Counselors/Broken/1", Staff, ("", Staff)),
        new("/Counseling/Counselors/Messenger", "/Counseling/Counselors/Messenger/1", Staff, ("Code", Staff), ("Unlink", Staff)),
        new("/Counseling/LeaveRequests/Index", "/Counseling/LeaveRequests", Staff, ("Approve", Staff), ("Refuse", Staff)),
        new("/Counseling/Holidays/Index", "/Counseling/Holidays", Staff, ("Add", AdminOnly), ("Delete", AdminOnly)),
        new("/Libraries/Index", "/Libraries", Staff),
        new("/Libraries/Edit", "/Libraries/Edit/1", Staff, ("Save", AdminOnly), ("AddClosure", Staff), ("DeleteClosure", Staff)),
        new("/Membership/Index", "/Membership", Staff),
        new("/Membership/Details", "/Membership/Details/{member}", Staff, ("Verify", Staff), ("Reject", Staff), ("LiftNoShows", Staff), ("Unlink", Staff)),
        new("/Membership/New", "/Membership/New", Staff, ("", Staff)),
        new("/Membership/Edit", "/Membership/Edit/{member}", Staff, ("", Staff)),
        new("/Membership/Deliveries", "/Membership/Deliveries/{member}", Staff),
        new("/Membership/Erase", "/Membership/Erase/{member}", AdminOnly, ("", AdminOnly)),
        new("/Membership/Import", "/Membership/Import", AdminOnly, ("", AdminOnly)),
        new("/Workshops/Index", "/Workshops", Staff),
        new("/Workshops/Cancel", "/Workshops/Cancel/1", Staff, ("", Staff)),
        new("/Workshops/Edit", "/Workshops/Edit/1", Staff, ("", Staff), ("Announce", Staff)),
        new("/Workshops/Registrations", "/Workshops/Registrations/1", Staff, ("Register", Staff), ("ConfirmOffer", Staff), ("Attendance", Staff)),
        new("/Workshops/Poster", "/Workshops/Poster/1", Staff),
        new("/Announcements/Index", "/Announcements", Staff),
        new("/Announcements/Cancel", "/Announcements/Cancel/{broadcast}", Staff, ("", Staff)),
        new("/Announcements/Compose", "/Announcements/Compose", Staff, ("Count", Staff), ("Send", Staff)),
        new("/Reports/Index", "/Reports", Staff),
        new("/Reports/Exports", "/Reports/Exports", Staff),
        new("/Reports/Feedback", "/Reports/Feedback", Staff),
        new("/Payments/Desk", "/Payments/Desk/{payment}", Staff, ("", Staff)),
        new("/Payments/Receipt", "/Payments/Receipt/{payment}", Staff),
        new("/Payments/Takings", "/Payments/Takings", Staff, ("HandBack", Staff)),
        new("/Pricing/Index", "/Pricing", AdminOnly, ("SaveRule", AdminOnly), ("ExpireRule", AdminOnly), ("CreateCode", AdminOnly), ("ExpireCode", AdminOnly)),
        new("/Staff/Index", "/Staff", AdminOnly, ("", AdminOnly)),
        new("/Staff/Account", "/Staff/Account/{staff}", AdminOnly, ("Disable", AdminOnly), ("Enable", AdminOnly), ("ResetPassword", AdminOnly), ("Unlock", AdminOnly), ("Role", AdminOnly)),
        new("/Audit/Index", "/Audit", AdminOnly),
        new("/System/Index", "/System", AdminOnly),
    ];

    /// <summary>Open to all, or about the session itself: signing in and out, the error page.</summary>
    private static readonly string[] NotInTable = ["/Account/Login", "/Account/Logout", "/Error"];

    [Fact]
    public void Table_NamesEveryPageAndEveryPostHandler()
    {
        var pages = typeof(RahZendegi.Admin.Hosting.Policies).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(PageModel)) && !t.IsAbstract)
            .Select(t => (Page: PageOf(t), Handlers: t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => m.Name.StartsWith("OnPost", StringComparison.Ordinal))
                .Select(m => m.Name["OnPost".Length..].Replace("Async", "", StringComparison.Ordinal)).Order().ToList()))
            .Where(p => !NotInTable.Contains(p.Page))
            .ToDictionary(p => p.Page, p => p.Handlers);

        Assert.Equal(pages.Keys.Order(), Table.Select(a => a.Page).Order());
        foreach (var access in Table)
        {
            Assert.Equal(pages[access.Page], access.Handlers.Select(h => h.Handler).Order());
        }
    }

    [Fact]
    public async Task EveryPage_ForEachRole_OpensForThoseAllowedAndOnlyForThem()
    {
        var wrong = new List<string>();
        foreach (var role in Enum.GetValues<Role>())
        {
            var http = await panel.ClientAsync(role);
            foreach (var access in Table)
            {
                var url = panel.Expand(access.Url);
                using var response = await http.GetAsync(url);
                var allowed = access.Open.Contains(role);
                if (allowed ? response.StatusCode != HttpStatusCode.OK : !Refused(response, role))
                {
                    wrong.Add($"{role} GET {url}: {(int)response.StatusCode} {response.Headers.Location}");
                }
            }
        }

        Assert.Empty(wrong);
    }

    [Fact]
    public async Task EveryPostHandler_FromARoleNotAllowed_IsRefusedAndChangesNothing()
    {
        var before = await panel.FootprintAsync();
        var wrong = new List<string>();
        foreach (var role in Enum.GetValues<Role>())
        {
            var http = await panel.ClientAsync(role);
            var token = await panel.TokenAsync(http, role);
            foreach (var access in Table)
            {
                foreach (var (handler, post) in access.Handlers.Where(h => !h.Post.Contains(role)))
                {
                    var url = panel.Expand(access.Url)
                        + (handler.Length == 0 ? "" : $"?handler={handler}");
                    using var response = await http.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
                    {
                        ["__RequestVerificationToken"] = token,
                        ["id"] = "1", ["leaveId"] = "1", ["closureId"] = "1", ["ruleId"] = "1", ["codeId"] = "1",
                    }));
                    if (!Refused(response, role))
                    {
                        wrong.Add($"{role} POST {url}: {(int)response.StatusCode} {response.Headers.Location}");
                    }
                }
            }
        }

        Assert.Empty(wrong);
        Assert.Equal(before, await panel.FootprintAsync());
    }

    [Fact]
    public async Task EveryPostHandler_WithoutAntiforgeryToken_IsRejectedAndChangesNothing()
    {
        var before = await panel.FootprintAsync();
        var http = await panel.ClientAsync(Role.ProvincialAdmin);
        var wrong = new List<string>();
        foreach (var access in Table)
        {
            foreach (var (handler, _) in access.Handlers)
            {
                var url = panel.Expand(access.Url)
                    + (handler.Length == 0 ? "" : $"?handler={handler}");
                using var response = await http.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["id"] = "1" }));
                if (response.StatusCode != HttpStatusCode.BadRequest)
                {
                    wrong.Add($"POST {url} without a token: {(int)response.StatusCode}");
                }
            }
        }

        Assert.Empty(wrong);
        Assert.Equal(before, await panel.FootprintAsync());
    }

    [Fact]
    public async Task Login_WrongPasswords_SaySoInPersian_AndTheFifthLocksTheAccountEvenAgainstTheRightPassword()
    {
        await panel.Session.AddStaffAsync("locked", "LibraryOperator", 1);
        using var http = panel.Session.NewClient();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var wrong = await PanelSession.PostFormAsync(http, "/Account/Login", "/Account/Login",
                new() { ["Input.UserName"] = "locked", ["Input.Password"] = "Eshtebah-Ramz-1405" });
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);

            // The fifth failure is the one that locks the account, and says so instead.
            if (attempt < 4)
            {
                Assert.Contains(RahZendegi.Admin.Pages.Account.AccountTexts.WrongCredentials, await wrong.Content.ReadAsStringAsync());
            }
        }

        var right = await PanelSession.PostFormAsync(http, "/Account/Login", "/Account/Login",
            new() { ["Input.UserName"] = "locked", ["Input.Password"] = PanelSession.Password });

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains(RahZendegi.Admin.Pages.Account.AccountTexts.LockedOut, await right.Content.ReadAsStringAsync());
        await using var db = panel.Session.Database.NewContext();
        Assert.True(db.Users.Single(u => u.UserName == "locked").LockoutEnd > DateTimeOffset.UtcNow);
    }

    private static string PageOf(Type model)
    {
        var folder = model.Namespace!["RahZendegi.Admin.Pages".Length..].Replace('.', '/');
        return $"{folder}/{model.Name[..^"Model".Length]}";
    }

    private static bool Refused(HttpResponseMessage response, Role role)
    {
        var to = response.Headers.Location?.OriginalString ?? "";
        return role == Role.Anonymous
            ? response.StatusCode == HttpStatusCode.Redirect && to.Contains("/Account/Login", StringComparison.Ordinal)
            : response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound
              || (response.StatusCode == HttpStatusCode.Redirect && to.Contains("/Account/AccessDenied", StringComparison.Ordinal));
    }

    /// <summary>One panel for the whole table: the demo's libraries, a pending member, and one account per role.</summary>
    public sealed class Panel : IAsyncLifetime
    {
        private readonly Dictionary<Role, HttpClient> clients = [];

        public PanelSession Session { get; private set; } = null!;
        public int MemberId { get; private set; }
        public int BookingId { get; private set; }
        public int BroadcastId { get; private set; }
        public int PaymentId { get; private set; }
        public string StaffId { get; private set; } = "";

        public async Task InitializeAsync()
        {
            Session = await PanelSession.StartAsync();
            await Session.AddStaffAsync("ostan", "ProvincialAdmin");
            await Session.AddStaffAsync("kargozar", "LibraryOperator", 1);
            await Session.AddStaffAsync("moshaver", "Counselor");
            await using var db = Session.Database.NewContext();
            var member = new Member
            {
                BotName = "telegram", UserId = 777, ChatId = 777, MembershipNumber = "T777", FullName = "زهرا کریمی",
                NationalId = "0499370899", Phone = "+989121234567", LibraryId = 1,
                Category = MemberCategory.CommitteeClient, CategoryStatus = CategoryStatus.Pending,
                CreatedAt = DateTime.UtcNow,
                Proofs = { new CategoryProof { BotName = "telegram", FileId = "photo-1", Kind = ProofKind.Photo, ReceivedAt = DateTime.UtcNow } },
            };
            db.Members.Add(member);
            var tomorrow = DateTime.UtcNow.Date.AddDays(1).AddHours(7);
            var booking = new Booking
            {
                TrackingCode = "5555555", BotName = "telegram", UserId = 777, ChatId = 777,
                CounselorId = db.WeeklyPlanEntries.First(e => e.LibraryId == 1).CounselorId, LibraryId = 1,
                Topic = CounselingTopic.Family, StartsAt = tomorrow, EndsAt = tomorrow.AddMinutes(45), Status = BookingStatus.Confirmed,
                CreatedAt = DateTime.UtcNow,
            };
            db.Bookings.Add(booking);
            await db.SaveChangesAsync();
            var payment = new Payment
            {
                For = PaymentFor.Booking, BookingId = booking.Id, LibraryId = 1, ServiceAt = booking.StartsAt, ListRials = 2_000_000, DueRials = 2_000_000,
                Status = PaymentStatus.Refunded, Method = PaymentMethod.DeskCash, SettledAt = DateTime.UtcNow, SettledBy = "kargozar", CreatedAt = DateTime.UtcNow,
            };
            db.Payments.Add(payment);
            await db.SaveChangesAsync();
            payment.ReceiptNumber = $"1405-{payment.Id:D6}";
            var broadcast = new Broadcast
            {
                Text = "اطلاعیهٔ آزمایشی", LibraryId = 1, Topic = AnnouncementTopic.Children, ScheduledAt = DateTime.UtcNow.AddDays(2), Status = BroadcastStatus.Scheduled,
                CreatedAt = DateTime.UtcNow, CreatedBy = "admin",
            };
            db.Broadcasts.Add(broadcast);
            await db.SaveChangesAsync();
            MemberId = member.Id;
            BroadcastId = broadcast.Id;
            BookingId = booking.Id;
            PaymentId = payment.Id;
            StaffId = db.Users.Single(u => u.UserName == "kargozar").Id;
        }

        /// <summary>A sample address with the fixture's own rows in place of {member}, {booking}, {payment} and {staff}.</summary>
        public string Expand(string url) => url
            .Replace("{staff}", StaffId, StringComparison.Ordinal)
            .Replace("{payment}", PaymentId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{member}", MemberId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{booking}", BookingId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{broadcast}", BroadcastId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        public async Task<HttpClient> ClientAsync(Role role)
        {
            if (!clients.TryGetValue(role, out var http))
            {
                http = role switch
                {
                    Role.ProvincialAdmin => await Session.SignInAsync("ostan"),
                    Role.LibraryOperator => await Session.SignInAsync("kargozar"),
                    Role.Counselor => await Session.SignInAsync("moshaver"),
                    _ => Session.NewClient(),
                };
                clients[role] = http;
            }

            return http;
        }

        /// <summary>A token from a page the role can open: the layout's sign-out form, or the sign-in form when signed out.</summary>
        public Task<string> TokenAsync(HttpClient http, Role role) =>
            PanelSession.TokenAsync(http, role == Role.Anonymous ? "/Account/Login" : "/Account/ChangePassword");

        /// <summary>What any handler would leave behind: audit entries, messages for people, and the rows staff change.</summary>
        public async Task<string> FootprintAsync()
        {
            await using var db = Session.Database.NewContext();
            return string.Join(",",
                await db.AuditEntries.CountAsync(), await db.OutboxMessages.CountAsync(), await db.Broadcasts.CountAsync(),
                await db.OfficialHolidays.CountAsync(), await db.LibraryClosures.CountAsync(), await db.CounselorLeaves.CountAsync(),
                await db.DiscountRules.CountAsync(), await db.DiscountCodes.CountAsync(), await db.Users.CountAsync(),
                await db.Members.CountAsync(m => m.CategoryStatus == CategoryStatus.Pending), await db.Libraries.CountAsync(),
                await db.Counselors.CountAsync(), await db.Workshops.CountAsync(), await db.WeeklyPlanEntries.CountAsync(),
                await db.Bookings.CountAsync(), await db.WorkshopRegistrations.CountAsync(),
                await db.Payments.CountAsync(p => p.Status == PaymentStatus.Paid), await db.Payments.CountAsync(p => p.RefundHandedBackAt != null));
        }

        public Task DisposeAsync()
        {
            foreach (var http in clients.Values)
            {
                http.Dispose();
            }

            Session.Dispose();
            return Task.CompletedTask;
        }
    }
}
