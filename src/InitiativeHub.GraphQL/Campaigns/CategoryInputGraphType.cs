using GraphQL.Types;

namespace InitiativeHub.GraphQL.Campaigns;

public sealed class CategoryInputGraphType : InputObjectGraphType<CategoryInput>
{
    public CategoryInputGraphType()
    {
        Name = "CategoryInput";
        Description = "A category of an edited campaign: with the id of an existing one to keep (or rename) it, without to add one.";
        Field<IdGraphType>("id");
        Field<NonNullGraphType<StringGraphType>>("name");
    }
}
