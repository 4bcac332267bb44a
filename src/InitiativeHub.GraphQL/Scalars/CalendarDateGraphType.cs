using GraphQL.Types;

namespace InitiativeHub.GraphQL.Scalars;

/// <summary><c>Date</c>: a calendar date, yyyy-MM-dd.</summary>
public sealed class CalendarDateGraphType : DateOnlyGraphType
{
    public CalendarDateGraphType()
    {
        Name = "Date";
        Description = "Calendar date, yyyy-MM-dd.";
    }
}
