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

    /// <param name="configure">Option changes or replacements for a test, applied after the product's registrations.</param>
    public DomainServices(TestDatabase database, TimeProvider time, Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(database.Settings()).Build())
            .AddSingleton(time)
            .AddLogging()
            .AddDomain();
        configure?.Invoke(services);
        provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    /// <summary>Singletons and options, such as <see cref="Domain.Messaging.OutboxSignal"/>.</summary>
    public IServiceProvider Root => provider;

    public AsyncServiceScope NewScope() => provider.CreateAsyncScope();

    /// <summary>Runs <paramref name="work"/> with a service of a fresh scope, disposed afterwards.</summary>
    public async Task<T> InScopeAsync<TService, T>(Func<TService, Task<T>> work)
        where TService : notnull
    {
        await using var scope = NewScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public ValueTask DisposeAsync() => provider.DisposeAsync();
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
