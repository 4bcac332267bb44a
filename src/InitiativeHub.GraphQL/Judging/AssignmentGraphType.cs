using GraphQL.Types;
using InitiativeHub.Application.Judging;
using InitiativeHub.Application.Users;
using InitiativeHub.GraphQL.Common;
using InitiativeHub.GraphQL.DataLoading;
using InitiativeHub.GraphQL.Entries;
using InitiativeHub.GraphQL.Relay;
using InitiativeHub.GraphQL.Users;

namespace InitiativeHub.GraphQL.Judging;

/// <summary>A judge set to score an entry. A conflicted judge sees the assignment but not the entry.</summary>
public sealed class AssignmentGraphType : ObjectGraphType<AssignmentRecord>
{
    public const string TypeName = "Assignment";

    public AssignmentGraphType()
    {
        Name = TypeName;
        Interface<NodeInterfaceGraphType>();
        IsTypeOf = value => value is AssignmentRecord;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field<NonNullGraphType<EntryGraphType>>("entry")
            .Description("A judge who declared a conflict no longer sees the entry: do not ask for it on CONFLICT assignments.")
            .Resolve(c => c.Service<RequestLoaders>().VisibleEntryById(c.GetViewer()).Load(c.Source.EntryId));
        Field<NonNullGraphType<UserGraphType>>("judge").ResolveAsync(async c =>
        {
            var profiles = await c.Service<IUserReader>().GetByIdsAsync([c.Source.JudgeId], c.CancellationToken);
            return profiles.GetValueOrDefault(c.Source.JudgeId);
        });
        Field<NonNullGraphType<AssignmentStatusGraphType>>("status").Resolve(c => c.Source.Status);
        Field<ScoreSheetGraphType>("sheet")
            .Description("The judge's sheet: theirs in any state; organizers see it once submitted. Null before scoring starts.")
            .Resolve(c => c.Service<RequestLoaders>().VisibleSheetByAssignmentId(c.GetViewer()).Load(c.Source.Id));
    }
}
