using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RahZendegi.Bot.Hosting;
using RahZendegi.Bot.Payments;
using RahZendegi.Bot.Sandbox;
using RahZendegi.Domain.Membership;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Bot.Payments;

/// <summary>On Telegram no provider serves Iran: the bot says where and how much to pay at the desk, and sends no invoice.</summary>
public sealed class DeskPaymentTextTests : InChatPaymentTestBase
{
    protected override void Arrange(BotTestHost host)
    {
    }

    [Fact]
    public async Task Register_OnTelegram_IsToldToPayAtTheLibrarysDeskAndGetsNoInvoice()
    {
        var me = NewPerson();

        var registered = await RegisterAsync(me, MemberCategoryNames.Public, "5260181591");
        await OutboxDrainedAsync();

        Assert.Contains(PaymentTexts.PayAtDesk(Fee, Library), registered.Text);
        Assert.DoesNotContain(Host.Chat.Messages(me.UserId), m => m.Kind == SandboxMessageKind.Invoice);
    }
}

/// <summary>The provider token is checked at start: only a Bale bot takes payments in the chat.</summary>
public sealed class PaymentOptionsTests
{
    private const string CardNumber = "6037991234567890";

    [Theory]
    [InlineData("Telegram")]
    [InlineData("telegram")]
    public void Start_ProviderTokenOnABotThatIsNotBale_FailsNamingTheKeyAndNotTheToken(string platform)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bots:0:Name"] = "telegram",
            ["Bots:0:Platform"] = platform,
            ["Bots:0:Token"] = "123:ABC",
            ["Bots:0:Payments:ProviderToken"] = CardNumber,
        }).Build();
        using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddBot().BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<List<BotOptions>>>().Value);

        Assert.Contains("Bots:0:Payments:ProviderToken", error.Message);
        Assert.DoesNotContain(CardNumber, error.Message);
    }

    [Fact]
    public void Start_ProviderTokenOnBale_IsAccepted()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bots:0:Name"] = "bale",
            ["Bots:0:Platform"] = "Bale",
            ["Bots:0:Token"] = "123:ABC",
            ["Bots:0:Payments:ProviderToken"] = CardNumber,
        }).Build();
        using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddBot().BuildServiceProvider();

        Assert.Equal(CardNumber, Assert.Single(services.GetRequiredService<IOptions<List<BotOptions>>>().Value).Payments.ProviderToken);
    }
}
