using GraphQL.Types;

namespace InitiativeHub.GraphQL.Entries;

public sealed class EntrySortFieldGraphType : EnumerationGraphType<EntrySortField>
{
    public EntrySortFieldGraphType() => Name = "EntrySortField";
}
