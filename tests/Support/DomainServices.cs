using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RahZendegi.Domain;
using RahZendegi.Domain.Data;

namespace RahZendegi.Tests.Support;

/// <summary>
/// The domain services as the product wires them (<see cref="DomainServiceCollectionExtensions.AddDomain"/>) over a
/// test database and a fake clock, so no test builds a service graph by hand. A scope is what one update or one
/// panel request gets: one context, and the services over it.
/// </summary>
public sealed class DomainServices : IAsyncDisposable
{
    private readonly ServiceProvider provider;
    private bool ownsDatabase;
    private AsyncServiceScope? testScope;

    /// <param name="configure">Option changes or replacements for a test, applied after the product's registrations.</param>
    public DomainServices(TestDatabase database, TimeProvider time, Action<IServiceCollection>? configure = null)
    {
        Database = database;
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(database.Settings()).Build())
            .AddSingleton(time)
            .AddLogging()
            .AddDomain();
        configure?.Invoke(services);
        provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public TestDatabase Database { get; }

    /// <summary>Singletons and options, such as <see cref="Domain.Messaging.OutboxSignal"/>.</summary>
    public IServiceProvider Root => provider;

    /// <summary>
    /// The test's own scope, to arrange and act in one context as one update or request would; disposed with these
    /// services. A test that needs a fresh context per step takes <see cref="NewScope"/> instead.
    /// </summary>
    public AsyncServiceScope Scope => testScope ??= NewScope();

    public AppDbContext Db => Scope.Db();

    /// <summary>A fresh migrated database (a SQLite file unless asked for PostgreSQL), deleted with these services.</summary>
    public static Task<DomainServices> StartAsync(TimeProvider time, DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        var database = TestDatabase.Migrated(provider);
        return Task.FromResult(new DomainServices(database, time) { ownsDatabase = true });
    }

    public AsyncServiceScope NewScope() => provider.CreateAsyncScope();

    /// <summary>Runs <paramref name="work"/> with a service of a fresh scope, disposed afterwards.</summary>
    public async Task<T> InScopeAsync<TService, T>(Func<TService, Task<T>> work)
        where TService : notnull
    {
        await using var scope = NewScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public async ValueTask DisposeAsync()
    {
        if (testScope is { } scope)
        {
            await scope.DisposeAsync();
        }

        await provider.DisposeAsync();
        if (ownsDatabase)
        {
            Database.Dispose();
        }
    }
}

public static class ServiceScopeExtensions
{
    public static T Get<T>(this AsyncServiceScope scope)
        where T : notnull => scope.ServiceProvider.GetRequiredService<T>();

    public static AppDbContext Db(this AsyncServiceScope scope) => scope.Get<AppDbContext>();

    /// <summary>
    /// What a panel page does for staff: a scope of its own, the service call, and the page's commit after it
    /// (docs/decisions/0009).
    /// </summary>
    public static async Task<T> AsStaffAsync<TService, T>(this IServiceProvider services, Func<TService, Task<T>> action)
        where TService : notnull
    {
        await using var scope = services.CreateAsyncScope();
        var result = await action(scope.Get<TService>());
        await scope.Db().SaveChangesAsync();
        return result;
    }

    /// <inheritdoc cref="AsStaffAsync{TService, T}(IServiceProvider, Func{TService, Task{T}})"/>
    public static Task<T> AsStaffAsync<TService, T>(this IServiceProvider services, Func<TService, T> action)
        where TService : notnull => services.AsStaffAsync<TService, T>(service => Task.FromResult(action(service)));
}
