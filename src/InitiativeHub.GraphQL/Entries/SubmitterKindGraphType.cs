using GraphQL.Types;
using InitiativeHub.Domain.Entries;

namespace InitiativeHub.GraphQL.Entries;

public sealed class SubmitterKindGraphType : EnumerationGraphType<SubmitterKind>
{
    public SubmitterKindGraphType() => Name = "SubmitterKind";
}
