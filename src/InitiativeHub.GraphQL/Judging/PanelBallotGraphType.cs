using GraphQL.Types;
using InitiativeHub.Application.Judging;
using InitiativeHub.Application.Users;
using InitiativeHub.GraphQL.Common;
using InitiativeHub.GraphQL.Users;

namespace InitiativeHub.GraphQL.Judging;

/// <summary>A member's choice in an open vote.</summary>
public sealed class PanelBallotGraphType : ObjectGraphType<PanelBallot>
{
    public PanelBallotGraphType()
    {
        Name = "PanelBallot";
        Field<NonNullGraphType<UserGraphType>>("member").ResolveAsync(async c =>
            (await c.Service<IUserReader>().GetByIdsAsync([c.Source.MemberId], c.CancellationToken)).GetValueOrDefault(c.Source.MemberId));
        Field<NonNullGraphType<VoteChoiceGraphType>>("choice").Resolve(c => c.Source.Choice);
    }
}
