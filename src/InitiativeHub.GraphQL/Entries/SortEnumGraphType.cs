using GraphQL.Types;

namespace InitiativeHub.GraphQL.Entries;

public sealed class SortEnumGraphType : EnumerationGraphType<SortDirection>
{
    public SortEnumGraphType() => Name = "SortEnumType";
}
