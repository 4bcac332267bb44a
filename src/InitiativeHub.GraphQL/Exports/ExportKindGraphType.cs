using GraphQL.Types;
using InitiativeHub.Domain.Exports;

namespace InitiativeHub.GraphQL.Exports;

public sealed class ExportKindGraphType : EnumerationGraphType<ExportKind>
{
    public ExportKindGraphType() => Name = "ExportKind";
}
