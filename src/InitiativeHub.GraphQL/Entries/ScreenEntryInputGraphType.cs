using GraphQL.Types;
using InitiativeHub.GraphQL.Scalars;

namespace InitiativeHub.GraphQL.Entries;

public sealed class ScreenEntryInputGraphType : InputObjectGraphType<ScreenEntryInput>
{
    public ScreenEntryInputGraphType()
    {
        Name = "ScreenEntryInput";
        Field<NonNullGraphType<IdGraphType>>("entryId");
        Field<NonNullGraphType<ScreeningDecisionGraphType>>("decision");
        Field<StringGraphType>("reason").Description("Required to return or reject.");
        Field<VietnamDateTimeGraphType>("dueAt").Description("Deadline to resubmit, when returning for supplement.");
        Field<IdGraphType>("duplicateOfEntryId").Description("When rejecting as a duplicate: the original entry.");
    }
}
