using GraphQL.Types;

namespace InitiativeHub.GraphQL.Organizations;

public sealed class RenameOrganizationInputGraphType : InputObjectGraphType<RenameOrganizationInput>
{
    public RenameOrganizationInputGraphType()
    {
        Name = "RenameOrganizationInput";
        Field<NonNullGraphType<IdGraphType>>("organizationId");
        Field<NonNullGraphType<StringGraphType>>("name").Description("The new name; documents already issued keep the name in force then.");
    }
}
