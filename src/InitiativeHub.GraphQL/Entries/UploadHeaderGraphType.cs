using GraphQL.Types;

namespace InitiativeHub.GraphQL.Entries;

public sealed class UploadHeaderGraphType : ObjectGraphType<KeyValuePair<string, string>>
{
    public UploadHeaderGraphType()
    {
        Name = "UploadHeader";
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<StringGraphType>>("value").Resolve(c => c.Source.Value);
    }
}
