using Microsoft.EntityFrameworkCore;
using RahZendegi.Bot.Conversations;
using RahZendegi.Bot.MainMenu;
using RahZendegi.Bot.Membership;
using RahZendegi.Bot.Sandbox;
using RahZendegi.Domain.Membership;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Bot.Membership;

/// <summary>A member's «عضویت در کتابخانه» through the sandbox chat: the overview, its card, and edits saved at once.</summary>
public sealed class ManageMembershipFlowTests : IAsyncLifetime
{
    private BotTestHost host = null!;
    private ChatScript me = null!;

    public async Task InitializeAsync()
    {
        host = await BotTestHost.StartAsync(h => h.Settings["Demo:Seed"] = "true");
        me = new ChatScript(host.Chat, host.Sandbox.Emulator.AddUser().Id);
        await using var db = host.Database.NewContext();
        db.Members.Add(new Member
        {
            BotName = BotTestHost.BotName, UserId = me.UserId, ChatId = me.UserId, MembershipNumber = "05123456",
            FullName = "زهرا محمدی", NationalId = "5260181591", Phone = "+989123456789", LibraryId = 1,
            Category = MemberCategory.Public, CategoryStatus = CategoryStatus.None, CreatedAt = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    private async Task<Member> MeAsync()
    {
        await using var db = host.Database.NewContext();
        return await db.Members.Include(m => m.Library).SingleAsync(m => m.UserId == me.UserId);
    }

    [Fact]
    public async Task Phone_SharedAsAContact_IsSavedAndTheOverviewShowsIt()
    {
        var overview = await me.SayAsync("عضویت در کتابخانه");
        Assert.StartsWith("شما عضو کتابخانه هستید.", overview.Text);
        Assert.Equal(
            [MembershipTexts.EditNameButton, MembershipTexts.EditPhoneButton, MembershipTexts.EditLibraryButton, MembershipTexts.CardButton,
                CommonTexts.Back, CommonTexts.Cancel],
            overview.ReplyButtons.Select(b => b.Text));

        var ask = await me.SayAsync(MembershipTexts.EditPhoneButton);
        Assert.Equal(MembershipTexts.AskPhone, ask.Text);
        Assert.Equal(MembershipTexts.Updated, (await me.ShareContactAsync("+989121112233")).Text);

        Assert.Contains("تلفن همراه: ۰۹۱۲ ۱۱۱ ۲۲۳۳", (await me.NextAsync()).Text);
        Assert.Equal("+989121112233", (await MeAsync()).Phone);
    }

    [Fact]
    public async Task Library_BackFromTheProvinceThenChosenByCity_IsSavedAndTheOverviewShowsIt()
    {
        await me.SayAsync("عضویت در کتابخانه");
        Assert.Equal(MembershipTexts.AskProvince, (await me.SayAsync(MembershipTexts.EditLibraryButton)).Text);
        Assert.StartsWith("شما عضو کتابخانه هستید.", (await me.SayAsync(CommonTexts.Back)).Text);

        await me.SayAsync(MembershipTexts.EditLibraryButton);
        Assert.Equal(MembershipTexts.AskCity, (await me.SayAsync("ایلام")).Text);
        Assert.Equal(MembershipTexts.AskLibrary, (await me.SayAsync("ایوان")).Text);
        Assert.Equal(MembershipTexts.Updated, (await me.SayAsync("کتابخانه عمومی ایوان")).Text);

        Assert.Contains("کتابخانه: کتابخانه عمومی ایوان (ایوان)", (await me.NextAsync()).Text);
        Assert.Equal("کتابخانه عمومی ایوان", (await MeAsync()).Library?.Name);
    }

    [Fact]
    public async Task Card_Asked_ArrivesAsAPhotoAndBackLeavesForTheMenu()
    {
        await me.SayAsync("عضویت در کتابخانه");

        Assert.Equal(SandboxMessageKind.Photo, (await me.SayAsync(MembershipTexts.CardButton)).Kind);
        Assert.StartsWith(CommonTexts.ChooseFromButtons + "\n\n", (await me.SayAsync("کارت دوم")).Text);
        Assert.Equal(MainMenuTexts.MenuPrompt, (await me.SayAsync(CommonTexts.Back)).Text);
    }

    [Fact]
    public async Task Proof_SentAfterARejection_PutsTheClaimBackToPending()
    {
        await using (var db = host.Database.NewContext())
        {
            await db.Members.Where(m => m.UserId == me.UserId).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Category, MemberCategory.CommitteeClient)
                .SetProperty(m => m.CategoryStatus, CategoryStatus.Rejected)
                .SetProperty(m => m.RejectionReason, "عکس خوانا نیست"));
        }

        var overview = await me.SayAsync("عضویت در کتابخانه");
        Assert.Contains($"({MembershipTexts.StatusRejected})", overview.Text);
        Assert.Equal(MembershipTexts.SendProofButton, overview.ReplyButtons.First().Text);
        Assert.Equal(MembershipTexts.AskNewProof, (await me.SayAsync(MembershipTexts.SendProofButton)).Text);
        Assert.Equal($"{MembershipTexts.NewProofExpected}\n\n{MembershipTexts.AskNewProof}", (await me.SayAsync("فردا می‌فرستم")).Text);

        Assert.Equal(MembershipTexts.NewProofReopened, (await me.SendPhotoAsync()).Text);

        Assert.Contains($"({MembershipTexts.StatusPending})", (await me.NextAsync()).Text);
        var member = await MeAsync();
        Assert.Equal((CategoryStatus.Pending, (string?)null), (member.CategoryStatus, member.RejectionReason));
        await using var check = host.Database.NewContext();
        var proof = await check.CategoryProofs.SingleAsync(p => p.MemberId == member.Id);
        Assert.Equal((ProofKind.Photo, (CategoryStatus?)null), (proof.Kind, proof.Decision));
    }

    [Fact]
    public async Task Overview_ForAPublicMember_OffersNoProof()
    {
        var overview = await me.SayAsync("عضویت در کتابخانه");

        Assert.DoesNotContain(MembershipTexts.SendProofButton, overview.ReplyButtons.Select(b => b.Text));
        Assert.StartsWith(CommonTexts.ChooseFromButtons, (await me.SayAsync(MembershipTexts.SendProofButton)).Text);
    }
}
