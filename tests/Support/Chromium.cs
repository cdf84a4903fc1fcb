using OpenQA.Selenium.Chrome;

namespace RahZendegi.Tests.Support;

/// <summary>
/// One headless Chromium for the browser test classes, which run one after another in its collection: a Chromium takes
/// a second of the machine to start, and each test has it clean (<see cref="PanelBrowser.Dispose"/>).
/// </summary>
public sealed class Chromium : IDisposable
{
    public const string Collection = "Chromium";
    private const string Binary = "/usr/bin/chromium";
    private const string ChromeDriverPath = "/usr/bin/chromedriver";

    private readonly Lazy<ChromeDriver> driver = new(Start);

    /// <summary>The browser on <paramref name="panel"/>; disposing it readies the browser for the next test.</summary>
    public PanelBrowser Open(Uri panel) => new(driver.Value, panel);

    private static ChromeDriver Start()
    {
        var options = new ChromeOptions { BinaryLocation = Binary };
        options.AddArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,900", "--lang=fa");
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(ChromeDriverPath)!, Path.GetFileName(ChromeDriverPath));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        return new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }

    public void Dispose()
    {
        if (driver.IsValueCreated)
        {
            driver.Value.Quit();
        }
    }

    [CollectionDefinition(Collection)]
    public sealed class Tests : ICollectionFixture<Chromium>;
}
