using GraphQL.Types;

namespace InitiativeHub.GraphQL.Relay;

/// <summary>The Relay <c>Node</c> interface: every entity has a global id.</summary>
public sealed class NodeInterfaceGraphType : InterfaceGraphType
{
    public NodeInterfaceGraphType()
    {
        Name = "Node";
        Field<NonNullGraphType<IdGraphType>>("id");
    }
}
