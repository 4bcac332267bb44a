namespace InitiativeHub.Domain.Campaigns;

/// <summary>One rubric criterion: scored from 0 to <see cref="MaxPoints"/>, weighted in the total.</summary>
public sealed record Criterion(string Code, string Name, string? Description, decimal MaxPoints, decimal Weight);
