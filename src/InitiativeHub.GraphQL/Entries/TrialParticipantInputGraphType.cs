using GraphQL.Types;
using InitiativeHub.GraphQL.Scalars;

namespace InitiativeHub.GraphQL.Entries;

public sealed class TrialParticipantInputGraphType : InputObjectGraphType<TrialParticipantInput>
{
    public TrialParticipantInputGraphType()
    {
        Name = "TrialParticipantInput";
        Field<NonNullGraphType<StringGraphType>>("fullName");
        Field<CalendarDateGraphType>("dateOfBirth");
        Field<StringGraphType>("workplace");
        Field<StringGraphType>("position");
        Field<StringGraphType>("qualification");
        Field<StringGraphType>("supportContent").Description("What the person did in the trial application.");
        Field<StringGraphType>("email");
    }
}
