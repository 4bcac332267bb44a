using InitiativeHub.Application.Exports;
using InitiativeHub.GraphQL.Conventions;

namespace InitiativeHub.GraphQL.Exports;

public sealed class StartExportPayloadGraphType : PayloadGraphType<ExportJobSnapshot>
{
    public StartExportPayloadGraphType()
        : base("StartExportPayload")
    {
        Field<ExportJobGraphType>("job").Resolve(c => c.Source.Result);
    }
}
