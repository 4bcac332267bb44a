using GraphQL.Types;

namespace InitiativeHub.GraphQL.Organizations;

public sealed class MergeOrganizationsInputGraphType : InputObjectGraphType<MergeOrganizationsInput>
{
    public MergeOrganizationsInputGraphType()
    {
        Name = "MergeOrganizationsInput";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("organizationIds").Description("The organizations merged away; they keep their history.");
        Field<NonNullGraphType<IdGraphType>>("successorId").Description("The organization standing for them from now on.");
    }
}
