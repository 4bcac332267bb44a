namespace InitiativeHub.Application.Judging;

/// <summary>Automatic assignment when <see cref="EntryIds"/> and <see cref="JudgeIds"/> are null; otherwise every listed judge to every listed entry.</summary>
[GenerateSerializer, Immutable, Alias("ih.assign-judges")]
public sealed record AssignJudgesCommand(
    [property: Id(0)] Guid PanelId,
    [property: Id(1)] int JudgesPerEntry,
    [property: Id(2)] IReadOnlyList<Guid>? EntryIds,
    [property: Id(3)] IReadOnlyList<Guid>? JudgeIds,
    [property: Id(4)] Guid ActorId);
