using GraphQL.Types;
using InitiativeHub.GraphQL.Awards;
using InitiativeHub.GraphQL.Campaigns;
using InitiativeHub.GraphQL.Directives;
using InitiativeHub.GraphQL.Entries;
using InitiativeHub.GraphQL.Judging;
using InitiativeHub.GraphQL.Notifications;
using InitiativeHub.GraphQL.Organizations;
using InitiativeHub.GraphQL.Relay;
using InitiativeHub.GraphQL.Users;

namespace InitiativeHub.GraphQL.Schema;

/// <summary>The root query: each feature adds its own fields.</summary>
public sealed class QueryGraphType : ObjectGraphType
{
    public QueryGraphType()
    {
        Name = "Query";
        NodeFields.AddQueries(this);
        UserFields.AddQueries(this);
        OrganizationFields.AddQueries(this);
        CampaignFields.AddQueries(this);
        EntryFields.AddQueries(this);
        JudgingFields.AddQueries(this);
        AwardFields.AddQueries(this);
        DirectiveFields.AddQueries(this);
        PlanFields.AddQueries(this);
        NotificationFields.AddQueries(this);
    }
}
