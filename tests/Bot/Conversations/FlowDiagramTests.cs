using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RahZendegi.Bot.Conversations;
using RahZendegi.Bot.Hosting;
using RahZendegi.Domain;

namespace RahZendegi.Tests.Bot.Conversations;

public sealed class FlowDiagramTests
{
    private const string UpdateVariable = "UPDATE_FLOW_DIAGRAMS";

    public static TheoryData<string> FlowNames() => [.. Flows().Select(f => f.Name)];

    private static List<IFlow> Flows()
    {
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Default"] = "Data Source=never-opened.db",
            }).Build())
            .AddDomain()
            .AddBot()
            .BuildServiceProvider();
        return [.. services.CreateScope().ServiceProvider.GetServices<IFlow>()];
    }

    [Theory]
    [MemberData(nameof(FlowNames))]
    public void Diagram_InDocs_MatchesTheMachine(string flowName)
    {
        var expected = FlowDiagram.Markdown(Flows().Single(f => f.Name == flowName));
        var path = Path.Combine(RepositoryRoot(), "docs", "flows", flowName + ".md");
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path) && File.ReadAllText(path) == expected,
            $"docs/flows/{flowName}.md is out of date with the flow's machine; regenerate with {UpdateVariable}=1 dotnet test.");
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "RahZendegi.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The tests run outside the repository.");
    }
}
