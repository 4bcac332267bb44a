using GraphQL.Types;
using InitiativeHub.Domain.Judging;

namespace InitiativeHub.GraphQL.Judging;

public sealed class PanelRoleGraphType : EnumerationGraphType<PanelRole>
{
    public PanelRoleGraphType() => Name = "PanelRole";
}
