using GraphQL.Types;
using InitiativeHub.Domain.Campaigns;
using InitiativeHub.GraphQL.Relay;

namespace InitiativeHub.GraphQL.Campaigns;

/// <summary>A field (lĩnh vực) of a campaign.</summary>
public sealed class CategoryGraphType : ObjectGraphType<Category>
{
    public const string TypeName = "Category";

    public CategoryGraphType()
    {
        Name = TypeName;
        Interface<NodeInterfaceGraphType>();
        IsTypeOf = value => value is Category;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
    }
}
