namespace InitiativeHub.Browser.Tests;

/// <summary>The two screens every page must work on: a phone and a common office laptop.</summary>
public sealed record ScreenSize(string Name, int Width, int Height, bool IsMobile)
{
    public static ScreenSize Phone { get; } = new("phone-390x844", 390, 844, IsMobile: true);

    public static ScreenSize Laptop { get; } = new("laptop-1366x768", 1366, 768, IsMobile: false);

    public static IReadOnlyList<ScreenSize> All { get; } = [Phone, Laptop];

    public override string ToString() => Name;
}
