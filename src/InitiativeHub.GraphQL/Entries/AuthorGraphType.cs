using GraphQL.Types;
using InitiativeHub.Domain.Entries;

namespace InitiativeHub.GraphQL.Entries;

/// <summary>An author as the public form shows it: never the date of birth or the email.</summary>
public sealed class AuthorGraphType : ObjectGraphType<Author>
{
    public AuthorGraphType()
    {
        Name = "Author";
        Field<NonNullGraphType<StringGraphType>>("fullName").Resolve(c => c.Source.FullName);
        Field<StringGraphType>("workplace").Resolve(c => c.Source.Workplace);
        Field<StringGraphType>("position").Resolve(c => c.Source.Position);
        Field<StringGraphType>("qualification").Resolve(c => c.Source.Qualification);
        Field<NonNullGraphType<DecimalGraphType>>("contributionPercent").Resolve(c => c.Source.ContributionPercent);
    }
}
