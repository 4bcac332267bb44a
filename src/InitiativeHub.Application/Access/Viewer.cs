namespace InitiativeHub.Application.Access;

/// <summary>Who is asking: a signed-in user's id, or nobody.</summary>
public sealed record Viewer(Guid? UserId)
{
    public static Viewer Anonymous { get; } = new((Guid?)null);

    public bool IsAuthenticated => UserId is not null;
}
