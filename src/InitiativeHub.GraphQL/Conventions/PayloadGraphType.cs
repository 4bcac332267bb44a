using GraphQL.Types;

namespace InitiativeHub.GraphQL.Conventions;

/// <summary><c>VerbNounPayload { …entity fields…, errors: [Error!] }</c>; subclasses add the entity fields.</summary>
public abstract class PayloadGraphType<TResult> : ObjectGraphType<MutationPayload<TResult>>
{
    protected PayloadGraphType(string name)
    {
        Name = name;
        Field<ListGraphType<NonNullGraphType<ErrorInterfaceGraphType>>>("errors")
            .Description("Why nothing was changed; null when the mutation succeeded.")
            .Resolve(c => c.Source.Errors);
    }
}
