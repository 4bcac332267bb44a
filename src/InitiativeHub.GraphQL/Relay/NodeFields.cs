using GraphQL;
using GraphQL.Types;
using InitiativeHub.Domain.Common;
using InitiativeHub.GraphQL.Common;

namespace InitiativeHub.GraphQL.Relay;

/// <summary><c>node(id)</c> and <c>nodes(ids)</c>: any entity by its global id, as the viewer may see it.</summary>
public static class NodeFields
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<NodeInterfaceGraphType>("node")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(c => Resolve(c, c.GetArgument<string>("id")));
        query.Field<NonNullGraphType<ListGraphType<NodeInterfaceGraphType>>>("nodes")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids")
            .Resolve(c =>
            {
                var ids = c.GetArgument<List<string>>("ids");
                if (ids.Count > 100)
                {
                    throw new ValidationException("Không thể tra cứu quá 100 mã định danh một lần.", "ids");
                }

                return ids.Select(id => Resolve(c, id)).ToList();
            });
    }

    private static object? Resolve(IResolveFieldContext context, string id)
    {
        var decoded = GlobalId.TryDecode(id) ?? throw new ValidationException("Mã định danh không hợp lệ.", "id");
        var resolver = context.Service<IEnumerable<INodeResolver>>().FirstOrDefault(r => r.TypeName == decoded.TypeName)
            ?? throw new ValidationException("Mã định danh không hợp lệ.", "id");
        return resolver.Resolve(context, decoded.Id);
    }
}
