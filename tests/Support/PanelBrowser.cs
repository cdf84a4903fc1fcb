using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace RahZendegi.Tests.Support;

/// <summary>
/// The distribution's headless Chromium, driven by its ChromeDriver, against the panel on loopback.
/// Screenshots go to <c>screenshots/</c> beside the test assemblies, kept as the run's artefacts.
/// </summary>
public sealed class PanelBrowser : IDisposable
{
    private const string Chromium = "/usr/bin/chromium";
    private const string ChromeDriverPath = "/usr/bin/chromedriver";

    private readonly ChromeDriver driver;

    public PanelBrowser(Uri panel)
    {
        Panel = panel;
        var options = new ChromeOptions { BinaryLocation = Chromium };
        options.AddArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,900", "--lang=fa");
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(ChromeDriverPath)!, Path.GetFileName(ChromeDriverPath));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }

    public Uri Panel { get; }

    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public IWebDriver Driver => driver;

    public void Open(string path) => driver.Navigate().GoToUrl(new Uri(Panel, path));

    public void SignIn(string userName, string password)
    {
        Open("/Account/Login");
        Fill("Input.UserName", userName);
        Fill("Input.Password", password);
        Submit("ورود");
    }

    public void Fill(string name, string value)
    {
        var field = driver.FindElement(By.Name(name));
        field.Clear();
        field.SendKeys(value);
    }

    /// <summary>Clicks a field as a person would, first scrolling it to the middle of the window, clear of the footer.</summary>
    public IWebElement Click(string name)
    {
        var field = driver.FindElement(By.Name(name));
        // Instant: Bootstrap makes scrolling smooth, and a click during the glide lands where the field used to be.
        driver.ExecuteScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", field);
        field.Click();
        return field;
    }

    public void Select(string name, string value) =>
        driver.FindElement(By.XPath($"//select[@name='{name}']/option[@value='{value}']")).Click();

    /// <summary>Submits the form the element belongs to and waits for the next page to load.</summary>
    public void Submit(string buttonText)
    {
        var page = driver.FindElement(By.TagName("html"));
        var button = driver.FindElement(By.XPath($"//button[normalize-space()='{buttonText}']"));
        try
        {
            button.Click();
        }
        catch (ElementClickInterceptedException)
        {
            // A long form can leave the button under the sticky footer of a small window: press it directly.
            driver.ExecuteScript("arguments[0].click();", button);
        }
        new WebDriverWait(driver, TimeSpan.FromSeconds(30)).Until(current =>
        {
            try
            {
                // The old page's root goes stale once the new page has replaced it.
                _ = page.Enabled;
                return false;
            }
            catch (StaleElementReferenceException)
            {
                return true;
            }
            catch (UnknownErrorException e) when (e.Message.Contains("does not belong to the document", StringComparison.Ordinal))
            {
                // Chromium's way of saying the same, when the question reaches it while the new document replaces the old.
                return true;
            }
        });
    }

    public string PathAndQuery => new Uri(driver.Url).PathAndQuery;

    public string Text(By by) => driver.FindElement(by).Text;

    public string Screenshot(string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        var path = Path.Combine(ScreenshotFolder, name + ".png");
        driver.GetScreenshot().SaveAsFile(path);
        return path;
    }

    public void Dispose() => driver.Quit();
}
