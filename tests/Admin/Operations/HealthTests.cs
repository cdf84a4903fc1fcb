using System.Net;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Admin.Operations;

/// <summary><c>/health/live</c> and <c>/health/ready</c> on the panel, as a load balancer or a service manager asks them.</summary>
public sealed class HealthTests
{
    [Fact]
    public async Task Ready_AnswersOkWhileTheDatabaseAnswers_And503NamingTheDatabaseOnceItDoesNot()
    {
        using var session = await PanelSession.StartAsync();
        using var http = session.NewClient();

        var ready = await http.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var healthy = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Healthy", healthy.GetProperty("status").GetString());
        Assert.Equal(["bots", "database", "outbox"], healthy.GetProperty("checks").EnumerateObject().Select(c => c.Name).Order());

        // The file turns into something that is not a database, as a disk that lost it would leave it.
        var path = new SqliteConnectionStringBuilder(session.Database.ConnectionString).DataSource;
        SqliteConnection.ClearAllPools();
        File.Delete(path + "-wal");
        File.Delete(path + "-shm");
        await File.WriteAllBytesAsync(path, new byte[8192]);

        var unready = await http.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, unready.StatusCode);
        var failed = JsonDocument.Parse(await unready.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Unhealthy", failed.GetProperty("status").GetString());
        Assert.Contains("database", failed.GetProperty("failed").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("does not answer", failed.GetProperty("checks").GetProperty("database").GetProperty("description").GetString());

        // Alive all the same: the process answers; restarting it would not bring the database back.
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task Health_NeedsNoSignIn()
    {
        using var session = await PanelSession.StartAsync(demoData: false);
        using var http = session.NewClient();

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/ready")).StatusCode);
    }
}
