using GraphQL.Types;

namespace InitiativeHub.GraphQL.Server.Tests.TestSupport;

public sealed class TestNodeType : ObjectGraphType<TestNode>
{
    public TestNodeType()
    {
        Name = "Node";
        Field<NonNullGraphType<IntGraphType>>("level").Resolve(ctx => ctx.Source.Level);
        Field<TestNodeType>("child").Resolve(ctx => new TestNode(ctx.Source.Level + 1));
    }
}
