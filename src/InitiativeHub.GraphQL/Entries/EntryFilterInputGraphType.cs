using GraphQL.Types;

namespace InitiativeHub.GraphQL.Entries;

public sealed class EntryFilterInputGraphType : InputObjectGraphType<EntryFilterInput>
{
    public EntryFilterInputGraphType()
    {
        Name = "EntryFilterInput";
        Field<ListGraphType<NonNullGraphType<EntryStatusGraphType>>>("status");
        Field<IdGraphType>("categoryId");
        Field<StringGraphType>("search");
    }
}
