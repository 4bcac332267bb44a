using GraphQL.Types;
using InitiativeHub.Application.Judging;
using InitiativeHub.GraphQL.Campaigns;
using InitiativeHub.GraphQL.Common;
using InitiativeHub.GraphQL.DataLoading;

namespace InitiativeHub.GraphQL.Judging;

/// <summary>An entry's scoring outcome: raw score (what ranks) with the normalized score beside it, rounded to the rubric's precision.</summary>
public sealed class EntryResultGraphType : ObjectGraphType<EntryResultRecord>
{
    public EntryResultGraphType()
    {
        Name = "EntryResult";
        Field<DecimalGraphType>("rawScore").Description("Judges' totals aggregated per the rubric; null while no sheet is in.").Resolve(c => c.Source.RawScore);
        Field<DecimalGraphType>("normalizedScore").Description("The same aggregation over per-judge normalized totals (see normalizationMethod).").Resolve(c => c.Source.NormalizedScore);
        Field<NonNullGraphType<IntGraphType>>("judgeCount").Description("Submitted sheets counted.").Resolve(c => c.Source.JudgeCount);
        Field<DecimalGraphType>("spread").Description("Highest minus lowest judge total.").Resolve(c => c.Source.Spread);
        Field<NonNullGraphType<BooleanGraphType>>("disagreement").Description("The spread is above the rubric's disagreement threshold.").Resolve(c => c.Source.Disagreement);
        Field<IntGraphType>("rank").Resolve(c => c.Source.Rank);
        Field<AwardTierGraphType>("tier").Description("The recommended tier (by quotas and minimum scores); the council decides.").ResolveAsync(async c =>
        {
            if (c.Source.TierId is not { } tierId)
            {
                return null;
            }

            var campaign = await c.Service<RequestLoaders>().VisibleCampaignById(c.GetViewer()).Load(c.Source.CampaignId).GetResultAsync(c.CancellationToken);
            return campaign?.AwardTiers.FirstOrDefault(t => t.Id == tierId);
        });
        Field<NonNullGraphType<BooleanGraphType>>("passed").Description("The raw score reaches the rubric's pass threshold.").Resolve(c => c.Source.Passed);
        Field<NonNullGraphType<StringGraphType>>("normalizationMethod").Description("How normalizedScore was computed.").Resolve(c => c.Source.NormalizationMethod);
        Field<TieBreakStepGraphType>("decidedBy")
            .Description("What placed the entry below the one before it (CRITERION: see decidingCriterion); null for the first.")
            .Resolve(c => c.Source.DecidedBy);
        Field<StringGraphType>("decidingCriterion").Resolve(c => c.Source.DecidingCriterion);
    }
}
