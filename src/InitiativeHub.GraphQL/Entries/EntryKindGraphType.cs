using GraphQL.Types;
using InitiativeHub.Domain.Entries;

namespace InitiativeHub.GraphQL.Entries;

public sealed class EntryKindGraphType : EnumerationGraphType<EntryKind>
{
    public EntryKindGraphType() => Name = "EntryKind";
}
