using GraphQL.Types;
using InitiativeHub.Domain.Common;

namespace InitiativeHub.GraphQL.Conventions;

/// <summary>The <c>Error</c> interface every typed mutation error implements.</summary>
public sealed class ErrorInterfaceGraphType : InterfaceGraphType<DomainException>
{
    public ErrorInterfaceGraphType()
    {
        Name = "Error";
        Description = "Every typed mutation error implements this.";
        Field<NonNullGraphType<StringGraphType>>("message");
        Field<NonNullGraphType<StringGraphType>>("code")
            .Description("Stable machine-readable code, e.g. DEADLINE_PASSED, NOT_FOUND, FORBIDDEN, VALIDATION.");
        Field<StringGraphType>("field").Description("The input field the error is about, when there is one.");
    }
}
