using GraphQL.Types;

namespace InitiativeHub.GraphQL.Judging;

public sealed class CreatePanelInputGraphType : InputObjectGraphType<CreatePanelInput>
{
    public CreatePanelInputGraphType()
    {
        Name = "CreatePanelInput";
        Field<NonNullGraphType<IdGraphType>>("campaignId");
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("categoryIds").Description("Categories judged; omitted or empty = every category.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PanelMemberInputGraphType>>>>("members").Description("Exactly one CHAIR; every member scores.");
    }
}
