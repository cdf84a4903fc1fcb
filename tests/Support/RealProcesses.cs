namespace RahZendegi.Tests.Support;

/// <summary>
/// The test classes that run the product as real processes (start-up errors, kill -9, several instances): one class
/// after another, since each process spends its first seconds compiling the product on the machine's cores, and two
/// classes starting processes at once would each wait on the other's compiler. The other classes run beside them.
/// </summary>
[CollectionDefinition(Name)]
public sealed class RealProcesses
{
    public const string Name = "Real processes";
}
