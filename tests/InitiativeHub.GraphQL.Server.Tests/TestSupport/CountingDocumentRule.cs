using GraphQL.Validation;

namespace InitiativeHub.GraphQL.Server.Tests.TestSupport;

/// <summary>A request-independent rule that lets everything through and counts how many documents it judged.</summary>
public sealed class CountingDocumentRule : ValidationRuleBase
{
    private int _runs;

    public int Runs => Volatile.Read(ref _runs);

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        Interlocked.Increment(ref _runs);
        return default;
    }
}
