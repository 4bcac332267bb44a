using GraphQL.Types;
using InitiativeHub.Application.Awards;
using InitiativeHub.Domain.Awards;
using InitiativeHub.GraphQL.Campaigns;
using InitiativeHub.GraphQL.Common;
using InitiativeHub.GraphQL.DataLoading;
using InitiativeHub.GraphQL.Entries;
using InitiativeHub.GraphQL.Relay;
using InitiativeHub.GraphQL.Scalars;
using InitiativeHub.GraphQL.Users;

namespace InitiativeHub.GraphQL.Awards;

/// <summary>An award proposed for an entry and the leader's decision on it.</summary>
public sealed class AwardGraphType : ObjectGraphType<Award>
{
    public const string TypeName = "Award";

    public AwardGraphType()
    {
        Name = TypeName;
        Interface<NodeInterfaceGraphType>();
        IsTypeOf = value => value is Award;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field<NonNullGraphType<EntryGraphType>>("entry")
            .Resolve(c => c.Service<RequestLoaders>().VisibleEntryById(c.GetViewer()).Load(c.Source.EntryId));
        Field<NonNullGraphType<AwardTierGraphType>>("tier").ResolveAsync(async c =>
        {
            var campaign = await c.Service<RequestLoaders>().VisibleCampaignById(c.GetViewer()).Load(c.Source.CampaignId).GetResultAsync(c.CancellationToken);
            return campaign?.AwardTiers.FirstOrDefault(t => t.Id == c.Source.TierId);
        });
        Field<NonNullGraphType<AwardStatusGraphType>>("status").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<AwardeeKindGraphType>>("awardeeKind").Description("An individual (cá nhân) or a collective (tập thể).").Resolve(c => c.Source.AwardeeKind);
        Field<DecimalGraphType>("score").Description("The entry's score when it was proposed.").Resolve(c => c.Source.Score);
        Field<IntGraphType>("rank").Description("The entry's rank when it was proposed.").Resolve(c => c.Source.Rank);
        Field<StringGraphType>("decisionNumber").Description("The decision it was decided under, e.g. 12/QĐ-UBND.").Resolve(c => c.Source.DecisionNumber);
        Field<CalendarDateGraphType>("decisionDate").Description("The date the decision bears, as signed.").Resolve(c => c.Source.DecisionDate);
        Field<VietnamDateTimeGraphType>("decidedAt").Description("When the decision was recorded.").Resolve(c => c.Source.DecidedAt);
        Field<UserGraphType>("decidedBy").Resolve(c =>
            c.Source.DecidedBy is { } id ? c.Service<RequestLoaders>().VisibleUserById(c.GetViewer()).Load(id) : null);
        Field<StringGraphType>("reason")
            .Description("Why it was returned, rejected or revoked; for the campaign's organizers and deciders only.")
            .ResolveAsync(async c => await c.Service<AwardService>().CanSeeDetailsAsync(c.GetViewer(), c.Source, c.CancellationToken) ? c.Source.Reason : null);
        Field<VietnamDateTimeGraphType>("revokedAt").Resolve(c => c.Source.RevokedAt);
    }
}
