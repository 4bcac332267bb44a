using GraphQL.Types;

namespace InitiativeHub.GraphQL.Judging;

public sealed class PanelMemberInputGraphType : InputObjectGraphType<PanelMemberInput>
{
    public PanelMemberInputGraphType()
    {
        Name = "PanelMemberInput";
        Field<NonNullGraphType<IdGraphType>>("userId");
        Field<NonNullGraphType<PanelRoleGraphType>>("role");
    }
}
