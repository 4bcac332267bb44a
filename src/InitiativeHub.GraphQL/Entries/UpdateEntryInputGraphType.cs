using GraphQL.Types;
using InitiativeHub.GraphQL.Scalars;

namespace InitiativeHub.GraphQL.Entries;

public sealed class UpdateEntryInputGraphType : InputObjectGraphType<UpdateEntryInput>
{
    public UpdateEntryInputGraphType()
    {
        Name = "UpdateEntryInput";
        Field<NonNullGraphType<IdGraphType>>("entryId");
        Field<StringGraphType>("title");
        Field<StringGraphType>("fieldOfApplication");
        Field<CalendarDateGraphType>("firstAppliedOn");
        Field<StringGraphType>("description");
        Field<StringGraphType>("applicationConditions");
        Field<StringGraphType>("confidentialInformation");
        Field<StringGraphType>("benefits");
        Field<StringGraphType>("benefitsByApplier");
        Field<StringGraphType>("investor");
        Field<ListGraphType<NonNullGraphType<AuthorInputGraphType>>>("authors");
        Field<ListGraphType<NonNullGraphType<TrialParticipantInputGraphType>>>("trialParticipants");
    }
}
