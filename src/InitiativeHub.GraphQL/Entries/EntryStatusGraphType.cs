using GraphQL.Types;
using InitiativeHub.Domain.Entries;

namespace InitiativeHub.GraphQL.Entries;

public sealed class EntryStatusGraphType : EnumerationGraphType<EntryStatus>
{
    public EntryStatusGraphType() => Name = "EntryStatus";
}
