using InitiativeHub.Domain.Directives;
using InitiativeHub.GraphQL.Conventions;

namespace InitiativeHub.GraphQL.Directives;

public class SubmitUnitReportPayloadGraphType : PayloadGraphType<UnitReport>
{
    public SubmitUnitReportPayloadGraphType()
        : this("SubmitUnitReportPayload")
    {
    }

    protected SubmitUnitReportPayloadGraphType(string name)
        : base(name)
    {
        Field<UnitReportGraphType>("report").Resolve(c => c.Source.Result);
    }
}
