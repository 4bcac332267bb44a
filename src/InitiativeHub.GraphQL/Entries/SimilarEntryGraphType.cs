using GraphQL.Types;
using InitiativeHub.Application.Entries;

namespace InitiativeHub.GraphQL.Entries;

public sealed class SimilarEntryGraphType : ObjectGraphType<SimilarEntryMatch>
{
    public SimilarEntryGraphType()
    {
        Name = "SimilarEntry";
        Field<NonNullGraphType<EntryGraphType>>("entry").Resolve(c => c.Source.Entry);
        Field<NonNullGraphType<FloatGraphType>>("similarity").Description("Share of the given words found in the entry, 0 to 1.").Resolve(c => c.Source.Similarity);
    }
}
