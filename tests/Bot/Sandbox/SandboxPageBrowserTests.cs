using OpenQA.Selenium;
using RahZendegi.Tests.Support;
using Telegram.Bot;

namespace RahZendegi.Tests.Bot.Sandbox;

/// <summary>The web chat's photo and file buttons in a real headless Chromium, as a trainer uses them.</summary>
[Trait("Category", "Slow")]
[Collection(Chromium.Collection)]
public sealed class SandboxPageBrowserTests(Chromium chromium) : SandboxFilesTestBase, IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    private readonly string _folder = Directory.CreateTempSubdirectory("sandbox-page-").FullName;

    [Fact]
    public async Task PhotoAndFileButtons_PickedFiles_ShowInTheChatAndReachTheBotByteForByte()
    {
        var image = Png(640, 480);
        var imagePath = Save("کارت.png", image);
        var pdfPath = Save("نامه کمیته.pdf", Pdf);
        using var browser = chromium.Open(Server.BaseAddress);
        var wait = browser.Wait(Bound);

        browser.Open("/");
        wait.Until(driver => driver.FindElements(By.CssSelector("#users button[aria-pressed=true]")).Count > 0);
        browser.Driver.FindElement(By.Id("text")).SendKeys("کارت مددجویی من");
        Pick(browser, "photo-file", imagePath);
        wait.Until(driver => driver.FindElements(By.CssSelector(".attachment img"))
            .Any(img => img.GetDomProperty("naturalWidth") == "640"));
        Pick(browser, "document-file", pdfPath);
        var link = wait.Until(driver => driver.FindElements(By.CssSelector(".attachment a")).FirstOrDefault());
        browser.Screenshot("sandbox-01-photo-and-file");
        var updates = await Client.GetUpdates();

        Assert.Equal("کارت مددجویی من", browser.Text(By.CssSelector(".attachment span")));
        Assert.Equal("", browser.Driver.FindElement(By.Id("text")).GetDomProperty("value"));
        Assert.StartsWith("📄 نامه کمیته.pdf", link!.Text);
        Assert.Equal(2, updates.Length);
        Assert.Equal("کارت مددجویی من", updates[0].Message!.Caption);
        Assert.Equal(image, await FetchAsync(updates[0].Message!.Photo![^1].FileId));
        Assert.Equal("نامه کمیته.pdf", updates[1].Message!.Document!.FileName);
        Assert.Equal(Pdf, await FetchAsync(updates[1].Message!.Document!.FileId));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Save(string name, byte[] content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    // The page hides its file inputs behind the 📷 and 📎 buttons; a person picks in the dialog those open, a driver
    // hands the path to the input itself, which it can do only while the input is shown.
    private static void Pick(PanelBrowser browser, string inputId, string path)
    {
        var script = (IJavaScriptExecutor)browser.Driver;
        var input = browser.Driver.FindElement(By.Id(inputId));
        script.ExecuteScript("arguments[0].hidden = false;", input);
        input.SendKeys(path);
        script.ExecuteScript("arguments[0].hidden = true;", input);
    }
}
