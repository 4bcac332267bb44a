using GraphQL.Types;
using InitiativeHub.Domain.Exports;

namespace InitiativeHub.GraphQL.Exports;

public sealed class ExportJobStatusGraphType : EnumerationGraphType<ExportJobStatus>
{
    public ExportJobStatusGraphType() => Name = "ExportJobStatus";
}
