using GraphQL;
using GraphQL.Types;

namespace InitiativeHub.GraphQL.Server.Tests.TestSupport;

public sealed class TestQuery : ObjectGraphType
{
    public const string Ward = "Phường Trần Hưng Đạo";

    public TestQuery()
    {
        Name = "Query";
        Field<NonNullGraphType<StringGraphType>>("ward").Resolve(_ => Ward);
        Field<NonNullGraphType<StringGraphType>>("echo")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .Argument<IntGraphType>("times", arg => arg.DefaultValue = 1)
            .Resolve(ctx => string.Concat(Enumerable.Repeat(ctx.GetArgument<string>("text"), ctx.GetArgument<int>("times"))));
        Field<StringGraphType>("boom")
            .Resolve(_ => throw new InvalidOperationException("secret-internal-detail at Db.Connection"));
        Field<StringGraphType>("whoAmI").Resolve(ctx => ctx.User?.Identity?.Name);
        Field<StringGraphType>("slow").ResolveAsync(async ctx =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), ctx.CancellationToken);
            return "late";
        });
        Field<StringGraphType>("tenant")
            .Resolve(ctx => ctx.UserContext.TryGetValue("tenant", out var tenant) ? tenant as string : null);
        Field<TestNodeType>("node").Resolve(_ => new TestNode(1));
    }
}
