using GraphQL.Types;

namespace InitiativeHub.GraphQL.Directives;

public class SubmitUnitReportInputGraphType : InputObjectGraphType<SubmitUnitReportInput>
{
    public SubmitUnitReportInputGraphType()
        : this("SubmitUnitReportInput")
    {
    }

    protected SubmitUnitReportInputGraphType(string name)
    {
        Name = name;
        Field<NonNullGraphType<IdGraphType>>("directiveId");
        Field<NonNullGraphType<IdGraphType>>("organizationId");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActivityCountInputGraphType>>>>("activities");
        Field<StringGraphType>("narrative");
    }
}
