using System.Reflection;
using Xunit.Abstractions;

[assembly: TestCollectionOrderer("RahZendegi.Tests.Support.LongestFirst", "RahZendegi.Tests")]

namespace RahZendegi.Tests.Support;

/// <summary>
/// Starts the test classes that take longest first, so that the run does not end on one long class while the other
/// threads are idle: the classes with the most slow tests (<c>[Trait("Category", "Slow")]</c> on the class counts for
/// each of its tests), then the others by their number of tests. Ties keep xunit's own order.
/// </summary>
public sealed class LongestFirst : ITestCollectionOrderer
{
    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections)
    {
        var collections = testCollections.ToList();
        var assembly = typeof(LongestFirst).Assembly;
        return collections
            .Select((collection, index) => (collection, index, weight: Weigh(collection, assembly)))
            .OrderByDescending(c => c.weight.Slow)
            .ThenByDescending(c => c.weight.Tests)
            .ThenBy(c => c.index)
            .Select(c => c.collection)
            .ToList();
    }

    /// <summary>A class's own collection is named after the class ("Test collection for Namespace.Class").</summary>
    private static (int Slow, int Tests) Weigh(ITestCollection collection, Assembly assembly)
    {
        const string Prefix = "Test collection for ";
        var name = collection.DisplayName.StartsWith(Prefix, StringComparison.Ordinal) ? collection.DisplayName[Prefix.Length..] : collection.DisplayName;
        if (assembly.GetType(name) is not { } type)
        {
            return (0, 0);
        }

        var tests = type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.GetCustomAttributes<FactAttribute>(inherit: true).Any())
            .ToList();
        var slowClass = IsSlow(type.GetCustomAttributesData()) || (type.BaseType is { } baseType && IsSlow(baseType.GetCustomAttributesData()));
        return (tests.Count(m => slowClass || IsSlow(m.GetCustomAttributesData())), tests.Count);
    }

    private static bool IsSlow(IEnumerable<CustomAttributeData> attributes) => attributes.Any(a =>
        a.AttributeType == typeof(TraitAttribute)
        && a.ConstructorArguments is [{ Value: "Category" }, { Value: "Slow" }]);
}
