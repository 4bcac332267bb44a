using GraphQL.Types;

namespace InitiativeHub.GraphQL.Awards;

public sealed class RevokeAwardInputGraphType : InputObjectGraphType<RevokeAwardInput>
{
    public RevokeAwardInputGraphType()
    {
        Name = "RevokeAwardInput";
        Field<NonNullGraphType<IdGraphType>>("awardId");
        Field<NonNullGraphType<StringGraphType>>("reason");
    }
}
