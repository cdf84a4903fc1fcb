using System.Net;
using Microsoft.EntityFrameworkCore;
using RahZendegi.Admin.Pages.Membership;
using RahZendegi.Bot.Membership;
using RahZendegi.Bot.Sandbox;
using RahZendegi.Domain.Membership;
using RahZendegi.Tests.Support;
using SkiaSharp;
using RahZendegi.Bot.Privacy;

namespace RahZendegi.Tests.Admin.Membership;

/// <summary>
/// The proofs on a member's page, with the panel's bot on a sandbox messenger the test holds: a person registers in
/// the chat with a proof photo, and staff see it, or a clear message when the messenger will not give it.
/// </summary>
public sealed class ProofPagesTests : IDisposable
{
    private const string LibraryName = "کتابخانه عمومی مرکزی ایلام";

    private readonly PanelSession panel = PanelSession.StartWithMessengerAsync().GetAwaiter().GetResult();

    public void Dispose() => panel.Dispose();

    private SandboxBot Messenger => panel.Messenger!.Bot;

    [Fact]
    public async Task Proof_OpenedByTheLibrarysOperator_IsFetchedOnceAndEveryViewIsAudited()
    {
        var photo = Png();
        var (memberId, _) = await RegisterWithPhotoAsync(photo);
        await panel.AddStaffAsync("operator1", "LibraryOperator", await LibraryIdAsync());
        using var http = await panel.SignInAsync("operator1");

        var page = await http.GetStringAsync($"/Membership/Details/{memberId}");
        var image = ProofUrl(page);
        var first = await http.GetAsync(image);
        var second = await http.GetAsync(image);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("image/png", first.Content.Headers.ContentType!.MediaType);
        Assert.Equal(photo, await first.Content.ReadAsByteArrayAsync());
        Assert.Contains("no-store", first.Headers.CacheControl!.ToString());
        Assert.Equal(photo, await second.Content.ReadAsByteArrayAsync());
        Assert.DoesNotContain(ProofPanelTexts.FetchFailed, page);
        await using var db = panel.Database.NewContext();
        var proof = await db.CategoryProofs.SingleAsync(p => p.MemberId == memberId);
        Assert.Equal(1, Messenger.FileDownloads(proof.FileId!));
        Assert.Equal(photo, proof.Content);
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == "member-proof-fetched" && a.UserName == "operator1"));
        Assert.Equal(2, await db.AuditEntries.CountAsync(a =>
            a.Action == "member-proof-viewed" && a.UserName == "operator1" && a.Subject == $"member:{memberId}" && a.Details == $"proof:{proof.Id}"));
    }

    [Theory]
    [InlineData(SandboxFileFailure.DownloadServerError)]
    [InlineData(SandboxFileFailure.DownloadCutOff)]
    [InlineData(SandboxFileFailure.GetFileUnavailable)]
    public async Task Proof_TheMessengerFails_ShowsAMessageAndTryAgainThenTheImage(SandboxFileFailure failure)
    {
        var photo = Png();
        var (memberId, _) = await RegisterWithPhotoAsync(photo);
        await panel.AddStaffAsync("ostan", "ProvincialAdmin");
        using var http = await panel.SignInAsync("ostan");
        Messenger.SetFileFailure(failure);

        var failed = await http.GetStringAsync($"/Membership/Details/{memberId}");

        Assert.Contains(ProofPanelTexts.FetchFailed, failed);
        Assert.Contains(ProofPanelTexts.TryAgain, failed);
        Assert.Contains("data-proof-retry", failed);
        Assert.DoesNotContain("data-proof-image", failed);
        await using (var db = panel.Database.NewContext())
        {
            Assert.Null((await db.CategoryProofs.SingleAsync(p => p.MemberId == memberId)).Content);
            Assert.False(await db.AuditEntries.AnyAsync(a => a.Action == "member-proof-viewed"));
        }

        // «تلاش دوباره» opens the page again, and the messenger answers this time.
        Messenger.SetFileFailure(SandboxFileFailure.None);
        var retried = await http.GetStringAsync($"/Membership/Details/{memberId}");

        Assert.DoesNotContain(ProofPanelTexts.FetchFailed, retried);
        Assert.Equal(photo, await http.GetByteArrayAsync(ProofUrl(retried)));
    }

    [Fact]
    public async Task Proof_ForStaffWhoMayNotDecide_ShowsNoImage()
    {
        var (memberId, _) = await RegisterWithPhotoAsync(Png());
        int elsewhere;
        int proofId;
        await using (var db = panel.Database.NewContext())
        {
            elsewhere = await db.Libraries.Where(l => l.Name != LibraryName).Select(l => l.Id).FirstAsync();
            proofId = await db.CategoryProofs.Where(p => p.MemberId == memberId).Select(p => p.Id).SingleAsync();
        }

        await panel.AddStaffAsync("operator2", "LibraryOperator", elsewhere);
        await panel.AddStaffAsync("moshaver", "Counselor");
        var image = $"/Membership/Details/{memberId}?handler=Proof&proofId={proofId}";
        using var otherOperator = await panel.SignInAsync("operator2");
        using var counselor = await panel.SignInAsync("moshaver");

        Assert.Equal(HttpStatusCode.NotFound, (await otherOperator.GetAsync($"/Membership/Details/{memberId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherOperator.GetAsync(image)).StatusCode);
        Assert.True((await counselor.GetAsync(image)).StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect);
        await using var check = panel.Database.NewContext();
        Assert.Null((await check.CategoryProofs.SingleAsync(p => p.Id == proofId)).Content);
        Assert.False(await check.AuditEntries.AnyAsync(a => a.Action.StartsWith("member-proof")));
    }

    [Fact]
    public async Task Proofs_AfterARejectionAndANewDocument_AreListedNewestFirstWithThePastDecision()
    {
        var (memberId, person) = await RegisterWithPhotoAsync(Png());
        await panel.AddStaffAsync("ostan", "ProvincialAdmin");
        using var http = await panel.SignInAsync("ostan");
        var rejected = await PanelSession.PostFormAsync(http, $"/Membership/Details/{memberId}", $"/Membership/Details/{memberId}?handler=Reject",
            new() { ["Input.Reason"] = "عکس کارت خوانا نیست" });
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        Assert.Equal(MembershipNotices.Rejected(MemberCategoryNames.CommitteeClient, "عکس کارت خوانا نیست"), (await person.NextAsync()).Text);

        await person.SayAsync("عضویت در کتابخانه");

        await person.SayAsync(PrivacyTexts.ConsentButton);
        await person.SayAsync(MembershipTexts.SendProofButton);
        Messenger.SendDocument(person.UserId);
        Assert.Equal(MembershipTexts.NewProofReopened, (await person.NextAsync()).Text);
        await person.NextAsync();

        var page = await http.GetStringAsync($"/Membership/Details/{memberId}");
        var download = page.IndexOf("data-proof-download", StringComparison.Ordinal);
        var reason = page.IndexOf("عکس کارت خوانا نیست", StringComparison.Ordinal);
        var image = page.IndexOf("data-proof-image", StringComparison.Ordinal);
        Assert.True(download > 0 && download < reason && reason < image, "the document first, then the rejected photo with its reason");
        Assert.Contains("تأیید گروه", page);

        await using var db = panel.Database.NewContext();
        var document = await db.CategoryProofs.SingleAsync(p => p.MemberId == memberId && p.Kind == ProofKind.Document);
        var file = await http.GetAsync($"/Membership/Details/{memberId}?handler=Proof&proofId={document.Id}");
        Assert.Equal("application/pdf", file.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", file.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(Messenger.UserFile(document.FileId!)!.Content, await file.Content.ReadAsByteArrayAsync());
    }

    /// <summary>A committee client joins in the chat with a proof photo, as in the bot's own tests.</summary>
    private async Task<(int MemberId, ChatScript Person)> RegisterWithPhotoAsync(byte[] photo)
    {
        var person = new ChatScript(Messenger, panel.Messenger!.Emulator.AddUser().Id);
        await person.SayAsync("عضویت در کتابخانه");
        await person.SayAsync(PrivacyTexts.ConsentButton);
        await person.SayAsync(MemberCategoryNames.CommitteeClient);
        await person.SayAsync("زهرا محمدی");
        await person.SayAsync("5260181591");
        await person.SayAsync("09123456789");
        await person.SayAsync("ایلام");
        await person.SayAsync("ایلام");
        await person.SayAsync(LibraryName);
        Messenger.SendPhoto(person.UserId, photo);
        Assert.Equal(MembershipTexts.ProofReceived, (await person.NextAsync()).Text);
        await person.NextAsync();
        await person.SayAsync(MembershipTexts.ConfirmButton);
        await person.NextAsync();
        await person.NextAsync();
        await using var db = panel.Database.NewContext();
        return (await db.Members.Where(m => m.UserId == person.UserId).Select(m => m.Id).SingleAsync(), person);
    }

    private async Task<int> LibraryIdAsync()
    {
        await using var db = panel.Database.NewContext();
        return await db.Libraries.Where(l => l.Name == LibraryName).Select(l => l.Id).SingleAsync();
    }

    private static string ProofUrl(string page)
    {
        var match = System.Text.RegularExpressions.Regex.Match(page, "<img src=\"([^\"]+)\"[^>]*data-proof-image");
        Assert.True(match.Success, "the page shows no proof image");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>A photo of a card, as a phone would send one.</summary>
    internal static byte[] Png()
    {
        using var surface = SKSurface.Create(new SKImageInfo(320, 200));
        surface.Canvas.Clear(SKColors.DarkSeaGreen);
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }
}
