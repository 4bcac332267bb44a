using GraphQL.Types;

namespace InitiativeHub.GraphQL.Entries;

public sealed class WithdrawEntryInputGraphType : InputObjectGraphType<WithdrawEntryInput>
{
    public WithdrawEntryInputGraphType()
    {
        Name = "WithdrawEntryInput";
        Field<NonNullGraphType<IdGraphType>>("entryId");
        Field<StringGraphType>("reason");
    }
}
