using GraphQL.Types;
using InitiativeHub.Application.Exports;
using InitiativeHub.Domain.Exports;
using InitiativeHub.GraphQL.Relay;

namespace InitiativeHub.GraphQL.Exports;

/// <summary>An export job; only those who may start the campaign's exports see it.</summary>
public sealed class ExportJobGraphType : ObjectGraphType<ExportJobSnapshot>
{
    public const string TypeName = "ExportJob";

    public ExportJobGraphType()
    {
        Name = TypeName;
        Interface<NodeInterfaceGraphType>();
        IsTypeOf = value => value is ExportJobSnapshot;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field<NonNullGraphType<ExportKindGraphType>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<ExportFormatGraphType>>("format").Resolve(c => c.Source.Format);
        Field<NonNullGraphType<ExportJobStatusGraphType>>("status").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<IntGraphType>>("progress").Description("0..100").Resolve(c => c.Source.Progress);
        Field<StringGraphType>("downloadUrl")
            .Description("Once SUCCEEDED: where the file is downloaded (same-origin path). Every download checks the caller's rights again.")
            .Resolve(c => c.Source.Status == ExportJobStatus.Succeeded ? ExportService.DownloadPath(c.Source.Id) : null);
        Field<StringGraphType>("error").Description("Why the job FAILED.").Resolve(c => c.Source.Error);
    }
}
