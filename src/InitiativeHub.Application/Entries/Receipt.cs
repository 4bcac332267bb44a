namespace InitiativeHub.Application.Entries;

/// <summary>A submission receipt (giấy biên nhận): number unique across campaigns, time, digest.</summary>
[GenerateSerializer, Immutable, Alias("ih.receipt")]
public sealed record Receipt([property: Id(0)] string Number, [property: Id(1)] DateTimeOffset SubmittedAt, [property: Id(2)] string Digest);
