using GraphQL.Types;
using InitiativeHub.Domain.Common;

namespace InitiativeHub.GraphQL.Conventions;

/// <summary>A broken rule or refused action, returned as data in a payload's <c>errors</c>.</summary>
public sealed class UserErrorGraphType : ObjectGraphType<DomainException>
{
    public UserErrorGraphType()
    {
        Name = "UserError";
        Description = "An expected failure: nothing was changed.";
        Interface<ErrorInterfaceGraphType>();
        IsTypeOf = value => value is DomainException;
        Field<NonNullGraphType<StringGraphType>>("message").Resolve(c => c.Source.Message);
        Field<NonNullGraphType<StringGraphType>>("code").Resolve(c => c.Source.Code);
        Field<StringGraphType>("field").Description("The input field the error is about, when there is one.").Resolve(c => c.Source.Field);
    }
}
