namespace InitiativeHub.GraphQL.Directives;

/// <summary>Same shape as <c>SubmitUnitReportInput</c>: the draft becomes the submission unchanged.</summary>
public sealed class SaveUnitReportDraftInputGraphType() : SubmitUnitReportInputGraphType("SaveUnitReportDraftInput");
