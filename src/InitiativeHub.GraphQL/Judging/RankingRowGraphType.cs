using GraphQL.Types;
using InitiativeHub.Application.Judging;
using InitiativeHub.GraphQL.Common;
using InitiativeHub.GraphQL.DataLoading;
using InitiativeHub.GraphQL.Entries;

namespace InitiativeHub.GraphQL.Judging;

/// <summary>A ranked entry with its result.</summary>
public sealed class RankingRowGraphType : ObjectGraphType<EntryResultRecord>
{
    public RankingRowGraphType()
    {
        Name = "RankingRow";
        Field<NonNullGraphType<IntGraphType>>("rank").Resolve(c => c.Source.Rank);
        Field<NonNullGraphType<EntryGraphType>>("entry").Resolve(c => c.Service<RequestLoaders>().VisibleEntryById(c.GetViewer()).Load(c.Source.EntryId));
        Field<NonNullGraphType<EntryResultGraphType>>("result").Resolve(c => c.Source);
    }
}
