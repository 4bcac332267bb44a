using GraphQL.Types;

namespace InitiativeHub.GraphQL.Exports;

public sealed class StartExportInputGraphType : InputObjectGraphType<StartExportInput>
{
    public StartExportInputGraphType()
    {
        Name = "StartExportInput";
        Field<IdGraphType>("campaignId");
        Field<IdGraphType>("directiveId");
        Field<NonNullGraphType<ExportKindGraphType>>("kind");
        Field<NonNullGraphType<ExportFormatGraphType>>("format");
    }
}
