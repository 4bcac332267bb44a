using GraphQL.Types;
using InitiativeHub.GraphQL.Awards;
using InitiativeHub.GraphQL.Campaigns;
using InitiativeHub.GraphQL.Directives;
using InitiativeHub.GraphQL.Entries;
using InitiativeHub.GraphQL.Exports;
using InitiativeHub.GraphQL.Judging;
using InitiativeHub.GraphQL.Notifications;
using InitiativeHub.GraphQL.Organizations;
using InitiativeHub.GraphQL.Users;

namespace InitiativeHub.GraphQL.Schema;

/// <summary>The root mutation: <c>verbNoun(input: VerbNounInput!): VerbNounPayload!</c>, each feature adds its own.</summary>
public sealed class MutationGraphType : ObjectGraphType
{
    public MutationGraphType()
    {
        Name = "Mutation";
        OrganizationFields.AddMutations(this);
        UserFields.AddMutations(this);
        CampaignFields.AddMutations(this);
        EntryFields.AddMutations(this);
        JudgingFields.AddMutations(this);
        AwardFields.AddMutations(this);
        DirectiveFields.AddMutations(this);
        PlanFields.AddMutations(this);
        NotificationFields.AddMutations(this);
        EntryFields.AddAttachmentMutations(this);
        ExportFields.AddMutations(this);
    }
}
