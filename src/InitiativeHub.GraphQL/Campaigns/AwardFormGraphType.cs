using GraphQL.Types;
using InitiativeHub.Domain.Campaigns;

namespace InitiativeHub.GraphQL.Campaigns;

public sealed class AwardFormGraphType : EnumerationGraphType<AwardForm>
{
    public AwardFormGraphType() => Name = "AwardForm";
}
