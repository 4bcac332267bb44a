using InitiativeHub.Domain.Directives;
using InitiativeHub.GraphQL.Conventions;

namespace InitiativeHub.GraphQL.Directives;

public sealed class IssueDirectivePayloadGraphType : PayloadGraphType<Directive>
{
    public IssueDirectivePayloadGraphType()
        : base("IssueDirectivePayload")
    {
        Field<DirectiveGraphType>("directive").Resolve(c => c.Source.Result);
    }
}
