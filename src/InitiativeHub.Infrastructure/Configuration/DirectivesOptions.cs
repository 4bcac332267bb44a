namespace InitiativeHub.Infrastructure.Configuration;

/// <summary>The <c>InitiativeHub:Directives</c> section.</summary>
public sealed class DirectivesOptions
{
    /// <summary>How often recipients who have not reported are checked for a due reminder step.</summary>
    public TimeSpan ReminderInterval { get; set; } = TimeSpan.FromMinutes(1);
}
