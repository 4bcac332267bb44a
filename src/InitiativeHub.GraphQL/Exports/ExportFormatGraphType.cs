using GraphQL.Types;
using InitiativeHub.Domain.Exports;

namespace InitiativeHub.GraphQL.Exports;

public sealed class ExportFormatGraphType : EnumerationGraphType<ExportFormat>
{
    public ExportFormatGraphType() => Name = "ExportFormat";
}
