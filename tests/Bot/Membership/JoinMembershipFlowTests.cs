using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RahZendegi.Bot.Conversations;
using RahZendegi.Bot.MainMenu;
using RahZendegi.Bot.Membership;
using RahZendegi.Bot.Sandbox;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Pricing;
using RahZendegi.Tests.Support;
using RahZendegi.Bot.Privacy;

namespace RahZendegi.Tests.Bot.Membership;

/// <summary>Registering through the sandbox chat, as a person would, against the real worker and demo libraries.</summary>
public sealed class JoinMembershipFlowTests : IAsyncLifetime
{
    private const string NationalId = "5260181591";
    private const string Library = "کتابخانه عمومی مرکزی ایلام";

    private BotTestHost host = null!;
    private ChatScript me = null!;

    public async Task InitializeAsync()
    {
        host = await BotTestHost.StartAsync(h => h.Settings["Demo:Seed"] = "true");
        me = NewPerson();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    private ChatScript NewPerson() => new(host.Chat, host.Sandbox.Emulator.AddUser().Id);

    /// <summary>Answers every step up to the summary and returns it.</summary>
    private static async Task<SandboxMessage> ReachSummaryAsync(ChatScript person, string category, string nationalId = NationalId)
    {
        await person.SayAsync("عضویت در کتابخانه");
        await person.SayAsync(PrivacyTexts.ConsentButton);
        await person.SayAsync(category);
        await person.SayAsync("زهرا محمدی");
        await person.SayAsync(nationalId);
        await person.SayAsync("09123456789");
        await person.SayAsync("ایلام");
        await person.SayAsync("ایلام");
        var afterLibrary = await person.SayAsync(Library);
        return category == MemberCategoryNames.Public ? afterLibrary : await person.SayAsync(MembershipTexts.SkipProofButton);
    }

    private async Task<Member> MemberOfAsync(ChatScript person)
    {
        await using var db = host.Database.NewContext();
        return await db.Members.SingleAsync(m => m.UserId == person.UserId);
    }

    [Fact]
    public async Task Register_AsPublic_ShowsFullFeeThenNumberAndCard()
    {
        var summary = await ReachSummaryAsync(me, MemberCategoryNames.Public);
        Assert.Contains("گروه: عموم مردم", summary.Text);
        Assert.Contains("کد ملی: ۵۲۶۰۱۸۱۵۹۱", summary.Text);
        Assert.Contains("تلفن همراه: ۰۹۱۲ ۳۴۵ ۶۷۸۹", summary.Text);
        Assert.Contains("۱۰۰٬۰۰۰ تومان", summary.Text);
        Assert.Equal([MembershipTexts.ConfirmButton, CommonTexts.DiscountCodeButton, CommonTexts.Back, CommonTexts.Cancel],
            summary.ReplyButtons.Select(b => b.Text));

        var done = await me.SayAsync(MembershipTexts.ConfirmButton);
        var card = await me.NextAsync();
        var menu = await me.NextAsync();

        var member = await MemberOfAsync(me);
        Assert.StartsWith(MembershipTexts.Registered, done.Text);
        Assert.Contains(PersianDigits(member.MembershipNumber), done.Text);
        Assert.Equal(SandboxMessageKind.Photo, card.Kind);
        Assert.Equal(MainMenuTexts.MenuPrompt, menu.Text);
        Assert.Equal(("+989123456789", CategoryStatus.None, 1_000_000L), (member.Phone, member.CategoryStatus, member.FeeToPayRials));
    }

    [Theory]
    [InlineData(MemberCategoryNames.CommitteeClient, MemberCategory.CommitteeClient, 0L)]
    [InlineData(MemberCategoryNames.CommitteeStaffOrFamily, MemberCategory.CommitteeStaffOrFamily, 600_000L)]
    [InlineData(MemberCategoryNames.LibraryStaff, MemberCategory.LibraryStaff, null)]
    [InlineData(MemberCategoryNames.LibraryMember, MemberCategory.LibraryMember, null)]
    public async Task Register_InAClaimedCategory_ToldBothFeesAndPaysPublicPriceUntilVerified(string name, MemberCategory category, long? onceVerifiedRials)
    {
        var summary = await ReachSummaryAsync(me, name);

        // The install's defaults price membership for committee clients (free) and committee staff (40 % off) only.
        Assert.Contains("۱۰۰٬۰۰۰ تومان", summary.Text);
        Assert.Contains(onceVerifiedRials is { } fee ? MembershipTexts.PendingFee(name, fee, 1_000_000) : PricingTexts.CategoryPending, summary.Text);
        await me.SayAsync(MembershipTexts.ConfirmButton);
        var member = await MemberOfAsync(me);
        Assert.Equal((category, CategoryStatus.Pending), (member.Category, member.CategoryStatus));
    }

    [Fact]
    public async Task Register_CommitteeClientOnTheImportedList_IsFreeAndVerifiedAtOnce()
    {
        await host.Services.AsStaffAsync<CategoryVerification, ImportReport>(
            verification => verification.ImportEligibleAsync(MemberCategory.CommitteeClient, Csv(NationalId), CancellationToken.None));

        var summary = await ReachSummaryAsync(me, MemberCategoryNames.CommitteeClient);

        Assert.Contains("رایگان", summary.Text);
        Assert.DoesNotContain(PricingTexts.CategoryPending, summary.Text);
        await me.SayAsync(MembershipTexts.ConfirmButton);
        var member = await MemberOfAsync(me);
        Assert.Equal((CategoryStatus.Verified, 0L), (member.CategoryStatus, member.FeeToPayRials));
    }

    [Fact]
    public async Task Verify_APendingClaim_TellsThePersonInTheBot()
    {
        await ReachSummaryAsync(me, MemberCategoryNames.LibraryStaff);
        await me.SayAsync(MembershipTexts.ConfirmButton);
        await me.NextAsync();
        await me.NextAsync();
        var member = await MemberOfAsync(me);

        Assert.Equal(DecisionOutcome.Done,
            await host.Services.AsStaffAsync<CategoryVerification, DecisionOutcome>(v => v.VerifyAsync(member.Id, CancellationToken.None)));

        Assert.Equal(MembershipNotices.Verified(MemberCategoryNames.LibraryStaff), (await me.NextAsync()).Text);
    }

    [Fact]
    public async Task Reject_APendingClaim_TellsThePersonTheReason()
    {
        await ReachSummaryAsync(me, MemberCategoryNames.CommitteeClient);
        await me.SayAsync(MembershipTexts.ConfirmButton);
        await me.NextAsync();
        await me.NextAsync();
        var member = await MemberOfAsync(me);

        await host.Services.AsStaffAsync<CategoryVerification, DecisionOutcome>(v => v.RejectAsync(member.Id, "کد ملی در فهرست کمیته نیست", CancellationToken.None));

        Assert.Equal(MembershipNotices.Rejected(MemberCategoryNames.CommitteeClient, "کد ملی در فهرست کمیته نیست"), (await me.NextAsync()).Text);
    }

    [Fact]
    public async Task GroupQuestion_SaysItIsForTheDiscount_AndDoesNotOpenWithTheWelfareLabel()
    {
        await me.SayAsync("عضویت در کتابخانه");
        var question = await me.SayAsync(PrivacyTexts.ConsentButton);

        Assert.Equal(MembershipTexts.AskCategory, question.Text);
        Assert.Contains("تخفیف", question.Text);
        Assert.DoesNotContain("کمیته", question.Text);
        Assert.Equal(MemberCategoryNames.Public, question.ReplyButtons.First().Text);
        Assert.NotEqual(MemberCategoryNames.CommitteeClient, question.ReplyButtons.Skip(1).First().Text);
    }

    [Fact]
    public async Task EveryStep_WrongInputFirst_GetsItsHintAndTheSameQuestionAgain()
    {
        await me.SayAsync("عضویت در کتابخانه");
        await me.SayAsync(PrivacyTexts.ConsentButton);
        Expect(await me.SayAsync("دانشجو"), CommonTexts.ChooseFromButtons, MembershipTexts.AskCategory);
        await me.SayAsync(MemberCategoryNames.CommitteeStaffOrFamily);

        Expect(await me.SayAsync("Zahra"), MembershipTexts.NameNotPersian, MembershipTexts.AskFullName);
        Expect(await me.SayAsync("ز"), MembershipTexts.NameTooShort, MembershipTexts.AskFullName);
        Expect(await me.SendStickerAsync(), CommonTexts.UnsupportedMessage, MembershipTexts.AskFullName);
        await me.SayAsync("زهرا  محمدی\u200C");

        Expect(await me.SayAsync("12345"), MembershipTexts.NationalIdNotTenDigits, MembershipTexts.AskNationalId);
        Expect(await me.SayAsync("1111111111"), MembershipTexts.NationalIdInvalid, MembershipTexts.AskNationalId);
        Expect(await me.SayAsync("5260181592"), MembershipTexts.NationalIdInvalid, MembershipTexts.AskNationalId);
        await me.SayAsync("۵۲۶۰۱۸۱۵۹۱");

        Expect(await me.SayAsync("02112345678"), MembershipTexts.PhoneInvalid, MembershipTexts.AskPhone);
        Expect(await me.ShareContactAsync("+989350000000", ownerId: 424242), MembershipTexts.ContactNotOwn, MembershipTexts.AskPhone);
        await me.ShareContactAsync("+989121112233");

        Expect(await me.SayAsync("تهران"), CommonTexts.ChooseFromButtons, MembershipTexts.AskProvince);
        await me.SayAsync("ایلام");
        Expect(await me.SayAsync("کرمانشاه"), CommonTexts.ChooseFromButtons, MembershipTexts.AskCity);
        await me.SayAsync("ایلام");
        Expect(await me.SayAsync("کتابخانه ملی"), CommonTexts.ChooseFromButtons, MembershipTexts.AskLibrary);
        await me.SayAsync(Library);

        Expect(await me.SayAsync("ندارم"), MembershipTexts.ProofExpected, MembershipTexts.AskProof);
        Assert.Equal(MembershipTexts.ProofReceived, (await me.SendPhotoAsync()).Text);
        var summary = await me.NextAsync();
        Assert.Contains("نام: زهرا محمدی\n", summary.Text);

        Expect(await me.SayAsync("باشه"), CommonTexts.ChooseFromButtons, summary.Text!);
        await me.SayAsync(CommonTexts.DiscountCodeButton);
        Expect(await me.SayAsync("NOPE"), PricingTexts.CodeHint(DiscountCodeCheck.NotFound, null), CommonTexts.AskDiscountCode);
        var withCode = await me.SayAsync("emdad40");
        Assert.Contains("۶۰٬۰۰۰ تومان", withCode.Text);

        await me.SayAsync(MembershipTexts.ConfirmButton);
        var member = await MemberOfAsync(me);
        Assert.Equal(("زهرا محمدی", "+989121112233", 600_000L), (member.FullName, member.Phone, member.FeeToPayRials));
        await using var db = host.Database.NewContext();
        var proof = await db.CategoryProofs.SingleAsync(p => p.MemberId == member.Id);
        Assert.Equal((ProofKind.Photo, BotTestHost.BotName, (byte[]?)null), (proof.Kind, proof.BotName, proof.Content));
        Assert.NotNull(host.Chat.UserFile(proof.FileId!));
    }

    [Fact]
    public async Task Back_AtEveryStep_AsksThePreviousQuestion()
    {
        await ReachSummaryAsync(me, MemberCategoryNames.LibraryMember);
        string[] questionsBackwards =
        [
            MembershipTexts.AskProof, MembershipTexts.AskLibrary, MembershipTexts.AskCity, MembershipTexts.AskProvince,
            MembershipTexts.AskPhone, MembershipTexts.AskNationalId, MembershipTexts.AskFullName, MembershipTexts.AskCategory,
        ];

        foreach (var question in questionsBackwards)
        {
            Assert.Equal(question, (await me.SayAsync(CommonTexts.Back)).Text);
        }

        Assert.Equal(MainMenuTexts.MenuPrompt, (await me.SayAsync(CommonTexts.Back)).Text);
    }

    [Fact]
    public async Task Cancel_InTheMiddle_ReturnsToTheMainMenuAndRegistersNothing()
    {
        await me.SayAsync("عضویت در کتابخانه");
        await me.SayAsync(PrivacyTexts.ConsentButton);
        await me.SayAsync(MemberCategoryNames.Public);

        Assert.Equal(CommonTexts.Cancelled, (await me.SayAsync(CommonTexts.Cancel)).Text);
        await using var db = host.Database.NewContext();
        Assert.False(await db.Members.AnyAsync());
    }

    [Fact]
    public async Task Restart_InTheMiddle_ContinuesWithTheAnswersGiven()
    {
        await me.SayAsync("عضویت در کتابخانه");
        await me.SayAsync(PrivacyTexts.ConsentButton);
        await me.SayAsync(MemberCategoryNames.Public);
        await me.SayAsync("زهرا محمدی");
        await me.SayAsync(NationalId);

        await host.RestartAsync();

        Assert.Equal(MembershipTexts.AskProvince, (await me.SayAsync("+98 912 345 6789")).Text);
        await me.SayAsync("ایلام");
        await me.SayAsync("ایلام");
        var summary = await me.SayAsync(Library);
        Assert.Contains("نام: زهرا محمدی", summary.Text);
        Assert.Contains("کد ملی: ۵۲۶۰۱۸۱۵۹۱", summary.Text);
    }

    [Fact]
    public async Task Conversation_LeftIdleLongerThanTheTimeout_StartsAgainFromTheMenu()
    {
        await me.SayAsync("عضویت در کتابخانه");
        await me.SayAsync(PrivacyTexts.ConsentButton);
        await me.SayAsync(MemberCategoryNames.Public);
        await using (var db = host.Database.NewContext())
        {
            // An hour passes: the stored moment of the last answer is what the bot compares with.
            await db.Conversations.Where(c => c.UserId == me.UserId)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.LastActivityAt, c => c.LastActivityAt.AddHours(-1)));
        }

        var reply = await me.SayAsync("زهرا محمدی");

        Assert.Equal(CommonTexts.ConversationExpired, reply.Text);
        Assert.Equal(7, reply.ReplyButtons.Count());
    }

    [Fact]
    public async Task Membership_WhenAlreadyRegistered_ShowsItAndLetsTheNameBeEdited()
    {
        await ReachSummaryAsync(me, MemberCategoryNames.Public);
        await me.SayAsync(MembershipTexts.ConfirmButton);
        await me.NextAsync();
        await me.NextAsync();

        var overview = await me.SayAsync("عضویت در کتابخانه");
        Assert.StartsWith("شما عضو کتابخانه هستید.", overview.Text);

        Assert.Equal(MembershipTexts.AskFullName, (await me.SayAsync(MembershipTexts.EditNameButton)).Text);
        Assert.Equal(MembershipTexts.Updated, (await me.SayAsync("زهرا محمدی‌نژاد")).Text);
        Assert.Contains("نام: زهرا محمدی‌نژاد", (await me.NextAsync()).Text);
        Assert.Equal("زهرا محمدی‌نژاد", (await MemberOfAsync(me)).FullName);
    }

    [Fact]
    public async Task NationalId_AlreadyHoldingAMembership_AnotherPersonsOwnNumberIsRefusedWithTheDesk()
    {
        await ReachSummaryAsync(me, MemberCategoryNames.Public);
        await me.SayAsync(MembershipTexts.ConfirmButton);

        var other = NewPerson();
        await other.SayAsync("عضویت در کتابخانه");
        await other.SayAsync(PrivacyTexts.ConsentButton);
        await other.SayAsync(MemberCategoryNames.Public);
        await other.SayAsync("علی رضایی");

        Assert.Equal(MembershipTexts.AskLinkPhone, (await other.SayAsync(NationalId)).Text);
        var refused = await other.ShareContactAsync("+989351112233");
        Expect(refused, MembershipTexts.LinkPhoneMismatch + "\n" + MembershipTexts.LinkDesk, MembershipTexts.AskLinkPhone);
        await using var db = host.Database.NewContext();
        Assert.False(await db.Members.AnyAsync(m => m.UserId == other.UserId));
        Assert.False(await db.MemberAccounts.AnyAsync(a => a.UserId == other.UserId));
    }

    [Fact]
    public async Task Proof_AsAPdfDocument_IsKeptAsADocumentAndAnotherFileOrTextGetsTheHint()
    {
        await me.SayAsync("عضویت در کتابخانه");
        await me.SayAsync(PrivacyTexts.ConsentButton);
        await me.SayAsync(MemberCategoryNames.CommitteeClient);
        await me.SayAsync("زهرا محمدی");
        await me.SayAsync(NationalId);
        await me.SayAsync("09123456789");
        await me.SayAsync("ایلام");
        await me.SayAsync("ایلام");
        Assert.Equal(MembershipTexts.AskProof, (await me.SayAsync(Library)).Text);

        Expect(await me.SayAsync("عکس ندارم"), MembershipTexts.ProofExpected, MembershipTexts.AskProof);
        host.Chat.SendDocument(me.UserId, "PK\u0003\u0004"u8.ToArray(), "نامه.docx");
        Expect(await me.NextAsync(), MembershipTexts.ProofWrongFile, MembershipTexts.AskProof);
        host.Chat.SendDocument(me.UserId);
        Assert.Equal(MembershipTexts.ProofReceived, (await me.NextAsync()).Text);

        var summary = await me.NextAsync();
        Assert.Contains(MembershipTexts.PendingFee(MemberCategoryNames.CommitteeClient, 0, 1_000_000), summary.Text);
        await me.SayAsync(MembershipTexts.ConfirmButton);
        var member = await MemberOfAsync(me);
        await using var db = host.Database.NewContext();
        var proof = await db.CategoryProofs.SingleAsync(p => p.MemberId == member.Id);
        var sent = host.Chat.UserFile(proof.FileId!)!;
        Assert.Equal((ProofKind.Document, sent.FileName, "application/pdf"), (proof.Kind, proof.FileName, proof.ContentType));
        Assert.Equal(sent.FileUniqueId, proof.FileUniqueId);
    }

    private static void Expect(SandboxMessage reply, string hint, string question) =>
        Assert.Equal($"{hint}\n\n{question}", reply.Text);

    private static MemoryStream Csv(params string[] lines) => new(System.Text.Encoding.UTF8.GetBytes(string.Join('\n', lines)));

    private static string PersianDigits(string text) => RahZendegi.Domain.Persian.PersianText.ToPersianDigits(text);
}
