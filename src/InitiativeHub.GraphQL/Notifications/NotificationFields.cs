using GraphQL;
using GraphQL.Types;
using InitiativeHub.Application.Notifications;
using InitiativeHub.GraphQL.Common;
using InitiativeHub.GraphQL.Conventions;
using InitiativeHub.GraphQL.Relay;

namespace InitiativeHub.GraphQL.Notifications;

/// <summary>The viewer's in-app notices.</summary>
public static class NotificationFields
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<NotificationGraphType>>>>("notifications")
            .Description("The signed-in user's notices, newest first.")
            .Argument<IntGraphType>("first", "How many (default 20, at most 100).")
            .Argument<BooleanGraphType>("unreadOnly")
            .ResolveAsync(async c => await c.Service<NoticeService>().GetLatestAsync(
                c.GetViewer(), c.GetArgument<int?>("first"), c.GetArgument<bool?>("unreadOnly") ?? false, c.CancellationToken));
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<MarkNotificationsReadPayloadGraphType>>("markNotificationsRead")
            .Argument<NonNullGraphType<MarkNotificationsReadInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<MarkNotificationsReadInput>("input");
                return await MutationRunner.RunAsync(() => c.Service<NoticeService>().MarkReadAsync(
                    c.GetViewer(), input.Ids.Select(id => GlobalId.Decode(id, NotificationGraphType.TypeName, "ids")).ToList(), c.CancellationToken));
            });
    }
}
