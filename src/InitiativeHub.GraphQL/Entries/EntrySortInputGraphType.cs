using GraphQL.Types;

namespace InitiativeHub.GraphQL.Entries;

public sealed class EntrySortInputGraphType : InputObjectGraphType<EntrySortInput>
{
    public EntrySortInputGraphType()
    {
        Name = "EntrySortInput";
        Field<NonNullGraphType<EntrySortFieldGraphType>>("field");
        Field<NonNullGraphType<SortEnumGraphType>>("direction");
    }
}
