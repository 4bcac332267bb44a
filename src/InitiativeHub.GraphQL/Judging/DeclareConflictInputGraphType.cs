using GraphQL.Types;

namespace InitiativeHub.GraphQL.Judging;

public sealed class DeclareConflictInputGraphType : InputObjectGraphType<DeclareConflictInput>
{
    public DeclareConflictInputGraphType()
    {
        Name = "DeclareConflictInput";
        Field<NonNullGraphType<IdGraphType>>("entryId");
        Field<NonNullGraphType<StringGraphType>>("reason");
    }
}
