using GraphQL.Types;
using InitiativeHub.GraphQL.Scalars;

namespace InitiativeHub.GraphQL.Entries;

public sealed class AuthorInputGraphType : InputObjectGraphType<AuthorInput>
{
    public AuthorInputGraphType()
    {
        Name = "AuthorInput";
        Field<NonNullGraphType<StringGraphType>>("fullName");
        Field<CalendarDateGraphType>("dateOfBirth").Description("Kept for the official form; never shown publicly.");
        Field<StringGraphType>("workplace");
        Field<StringGraphType>("position");
        Field<StringGraphType>("qualification");
        Field<NonNullGraphType<DecimalGraphType>>("contributionPercent").Description("Shares of all authors must total exactly 100.");
        Field<StringGraphType>("email").Description("Links the author to an account (for conflicts of interest); never shown.");
    }
}
