using GraphQL.Types;
using InitiativeHub.GraphQL.Scalars;

namespace InitiativeHub.GraphQL.Entries;

public sealed class CreateEntryInputGraphType : InputObjectGraphType<CreateEntryInput>
{
    public CreateEntryInputGraphType()
    {
        Name = "CreateEntryInput";
        Field<NonNullGraphType<IdGraphType>>("campaignId");
        Field<NonNullGraphType<IdGraphType>>("categoryId");
        Field<NonNullGraphType<EntryKindGraphType>>("kind");
        Field<NonNullGraphType<SubmitterKindGraphType>>("submitterKind");
        Field<IdGraphType>("organizationId").Description("The collective's unit, or the unit nominating a model practice.");
        Field<NonNullGraphType<StringGraphType>>("title");
        Field<StringGraphType>("fieldOfApplication");
        Field<CalendarDateGraphType>("firstAppliedOn");
        Field<NonNullGraphType<StringGraphType>>("description");
        Field<StringGraphType>("applicationConditions");
        Field<StringGraphType>("confidentialInformation");
        Field<StringGraphType>("benefits");
        Field<StringGraphType>("benefitsByApplier");
        Field<StringGraphType>("investor");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuthorInputGraphType>>>>("authors");
        Field<ListGraphType<NonNullGraphType<TrialParticipantInputGraphType>>>("trialParticipants");
    }
}
