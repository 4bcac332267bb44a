using GraphQL.Types;

namespace InitiativeHub.GraphQL.Organizations;

public sealed class CreateOrganizationInputGraphType : InputObjectGraphType<CreateOrganizationInput>
{
    public CreateOrganizationInputGraphType()
    {
        Name = "CreateOrganizationInput";
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<StringGraphType>("code");
        Field<NonNullGraphType<OrganizationKindGraphType>>("kind");
        Field<IdGraphType>("parentId").Description("The organization above; omit for a new root (administrators only).");
    }
}
