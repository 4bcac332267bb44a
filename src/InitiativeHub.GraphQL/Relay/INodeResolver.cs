using GraphQL;

namespace InitiativeHub.GraphQL.Relay;

/// <summary>Loads the entity of one GraphQL type by uuid for <c>node</c>/<c>nodes</c>, as the viewer may see it.</summary>
public interface INodeResolver
{
    string TypeName { get; }

    /// <summary>The entity (possibly deferred through a batch loader), or null when missing or not visible.</summary>
    object? Resolve(IResolveFieldContext context, Guid id);
}
