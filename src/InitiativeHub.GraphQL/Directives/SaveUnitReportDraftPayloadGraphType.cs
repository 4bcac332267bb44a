namespace InitiativeHub.GraphQL.Directives;

public sealed class SaveUnitReportDraftPayloadGraphType() : SubmitUnitReportPayloadGraphType("SaveUnitReportDraftPayload");
