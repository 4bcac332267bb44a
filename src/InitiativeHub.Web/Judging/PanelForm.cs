using InitiativeHub.Domain.Judging;

namespace InitiativeHub.Web.Judging;

/// <summary>
/// The create-panel form as posted: a name, the categories ticked, and member rows (an account's email and a role).
/// Blank rows are skipped; who may sit where (one chair, someone scoring…) is the panel's own rule.
/// </summary>
public sealed class PanelForm
{
    public string? Name { get; set; }

    public List<Guid> CategoryIds { get; set; } = [];

    public List<MemberRow> Members { get; set; } = [];

    /// <summary>"add-member" to add a row, anything else to create.</summary>
    public string? Action { get; set; }

    /// <summary>An empty form with the usual council: a chair, a vice chair, a secretary and two members.</summary>
    public static PanelForm Blank() => new()
    {
        Members =
        [
            new() { Role = nameof(PanelRole.Chair) },
            new() { Role = nameof(PanelRole.ViceChair) },
            new() { Role = nameof(PanelRole.Secretary) },
            new() { Role = nameof(PanelRole.Member) },
            new() { Role = nameof(PanelRole.Member) },
        ],
    };

    /// <summary>The rows with an email, in order (a method: form mapping would try to bind a collection property).</summary>
    public IReadOnlyList<MemberRow> FilledMembers() => Members.Where(row => !string.IsNullOrWhiteSpace(row.Email)).ToList();

    /// <summary>The members for the use case, the emails resolved to accounts by <paramref name="accountOf"/>.</summary>
    public IReadOnlyList<PanelMember> ToMembers(Func<string, Guid> accountOf) =>
        FilledMembers().Select(row => new PanelMember(accountOf(row.Email!), row.ParsedRole, !row.MinutesOnly)).ToList();

    public sealed class MemberRow
    {
        public string? Email { get; set; }

        public string? Role { get; set; }

        /// <summary>Sits and votes but fills no score sheet (a secretary who keeps the minutes).</summary>
        public bool MinutesOnly { get; set; }

        public PanelRole ParsedRole => Enum.TryParse<PanelRole>(Role, out var role) ? role : PanelRole.Member;
    }
}
