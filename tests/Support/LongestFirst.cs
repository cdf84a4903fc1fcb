using System.Reflection;
using Xunit.Abstractions;

[assembly: TestCollectionOrderer("RahZendegi.Tests.Support.LongestFirst", "RahZendegi.Tests")]

namespace RahZendegi.Tests.Support;

/// <summary>
/// Starts the test collections that take longest first, so that the run does not end on one long class while the
/// other threads are idle: those with the most slow tests (<c>[Trait("Category", "Slow")]</c> on a class counts for
/// each of its tests), then the others by their number of tests. Ties keep xunit's own order. A class is its own
/// collection unless it names one (<see cref="RealProcesses"/>).
/// </summary>
public sealed class LongestFirst : ITestCollectionOrderer
{
    private static readonly Lazy<Dictionary<string, (int Slow, int Tests)>> Weights = new(WeighCollections);

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) => testCollections
        .Select((collection, index) => (collection, index, weight: Weights.Value.GetValueOrDefault(collection.DisplayName)))
        .OrderByDescending(c => c.weight.Slow)
        .ThenByDescending(c => c.weight.Tests)
        .ThenBy(c => c.index)
        .Select(c => c.collection)
        .ToList();

    private static Dictionary<string, (int Slow, int Tests)> WeighCollections()
    {
        var weights = new Dictionary<string, (int Slow, int Tests)>();
        foreach (var type in typeof(LongestFirst).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            var tests = type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
                .Where(m => m.GetCustomAttributes<FactAttribute>(inherit: true).Any())
                .ToList();
            if (tests.Count == 0)
            {
                continue;
            }

            var slowClass = ClassAndBases(type).Any(t => IsSlow(t.GetCustomAttributesData()));
            var slow = tests.Count(m => slowClass || IsSlow(m.GetCustomAttributesData()));
            // xunit's name for a class's own collection, or the one the class names.
            var name = type.GetCustomAttributesData().FirstOrDefault(a => a.AttributeType == typeof(CollectionAttribute)) is { } named
                ? (string)named.ConstructorArguments[0].Value!
                : $"Test collection for {type.FullName}";
            var (slowSoFar, testsSoFar) = weights.GetValueOrDefault(name);
            weights[name] = (slowSoFar + slow, testsSoFar + tests.Count);
        }

        return weights;
    }

    private static IEnumerable<Type> ClassAndBases(Type type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            yield return current;
        }
    }

    private static bool IsSlow(IEnumerable<CustomAttributeData> attributes) => attributes.Any(a =>
        a.AttributeType == typeof(TraitAttribute)
        && a.ConstructorArguments is [{ Value: "Category" }, { Value: "Slow" }]);
}
