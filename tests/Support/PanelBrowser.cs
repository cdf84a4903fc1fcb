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
    private static readonly TimeSpan Polling = TimeSpan.FromMilliseconds(20);

    private readonly ChromeDriver driver;

    internal PanelBrowser(ChromeDriver driver, Uri panel)
    {
        this.driver = driver;
        Panel = panel;
    }

    public Uri Panel { get; }

    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public IWebDriver Driver => driver;

    public void Open(string path) => driver.Navigate().GoToUrl(new Uri(Panel, path));

    /// <summary>Waits for a condition, looking again every few milliseconds (the driver's default is half a second).</summary>
    public WebDriverWait Wait(TimeSpan timeout) => new(driver, timeout) { PollingInterval = Polling };

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
        Wait(TimeSpan.FromSeconds(30)).Until(current =>
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

    /// <summary>Leaves the Chromium as a new one would be for the next test: no cookies, screen media, a blank page.</summary>
    public void Dispose()
    {
        driver.ExecuteCdpCommand("Network.clearBrowserCookies", []);
        driver.ExecuteCdpCommand("Emulation.setEmulatedMedia", new() { ["media"] = "" });
        driver.Navigate().GoToUrl("about:blank");
    }
}
