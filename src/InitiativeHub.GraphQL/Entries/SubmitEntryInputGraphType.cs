using GraphQL.Types;

namespace InitiativeHub.GraphQL.Entries;

public sealed class SubmitEntryInputGraphType : InputObjectGraphType<SubmitEntryInput>
{
    public SubmitEntryInputGraphType()
    {
        Name = "SubmitEntryInput";
        Field<NonNullGraphType<IdGraphType>>("entryId");
        Field<StringGraphType>("idempotencyKey").Description("Client-chosen key; repeating it returns the first result.");
    }
}
