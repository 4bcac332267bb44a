using InitiativeHub.Domain.Common;
using InitiativeHub.Domain.Text;

namespace InitiativeHub.Domain.Directives;

/// <summary>
/// The activities units report upward (domain-vietnam §5.2): a closed vocabulary, so every level sums the same kinds.
/// </summary>
public static class ActivityKinds
{
    /// <summary>Băng rôn, khẩu hiệu, pano.</summary>
    public const string Banners = "BANNERS";

    /// <summary>Tin, bài on portals and social media.</summary>
    public const string Articles = "ARTICLES";

    /// <summary>Loudspeaker and radio broadcasts.</summary>
    public const string Broadcasts = "BROADCASTS";

    /// <summary>Conferences, talks, contests, community events held.</summary>
    public const string Events = "EVENTS";

    /// <summary>People who took part in those events.</summary>
    public const string Participants = "PARTICIPANTS";

    /// <summary>Anything else; the note says what.</summary>
    public const string Other = "OTHER";

    public const int MaxCount = 10_000_000;
    public const int MaxNoteLength = 1000;

    /// <summary>The kinds in report order.</summary>
    public static IReadOnlyList<string> All { get; } = [Banners, Articles, Broadcasts, Events, Participants, Other];

    /// <summary>Checks and cleans a unit's reported activities: known kinds, each once, counts from 0, OTHER with a note.</summary>
    public static IReadOnlyList<ActivityCount> Validate(IReadOnlyList<ActivityCount>? activities)
    {
        var clean = new List<ActivityCount>();
        foreach (var activity in activities ?? [])
        {
            var kind = (activity.Kind ?? string.Empty).Trim().ToUpperInvariant();
            if (!All.Contains(kind))
            {
                throw new ValidationException($"Loại hoạt động \"{activity.Kind}\" không hợp lệ; dùng một trong: {string.Join(", ", All)}.", "activities");
            }

            if (clean.Any(a => a.Kind == kind))
            {
                throw new ValidationException($"Loại hoạt động {kind} được khai hai lần.", "activities");
            }

            if (activity.Count is < 0 or > MaxCount)
            {
                throw new ValidationException($"Số lượng hoạt động {kind} phải từ 0 đến {MaxCount}.", "activities");
            }

            var note = VietnameseText.Normalize(activity.Note);
            note = string.IsNullOrEmpty(note) ? null : note;
            if (note is { Length: > MaxNoteLength })
            {
                throw new ValidationException($"Ghi chú hoạt động không được dài quá {MaxNoteLength} ký tự.", "activities");
            }

            if (kind == Other && note is null)
            {
                throw new ValidationException("Hoạt động khác cần ghi chú nói rõ là hoạt động gì.", "activities");
            }

            clean.Add(new ActivityCount(kind, activity.Count, note));
        }

        return clean.OrderBy(a => IndexOf(a.Kind)).ToList();
    }

    /// <summary>Adds up activities of many reports by kind, in report order (notes are per report and are not summed).</summary>
    public static IReadOnlyList<ActivityCount> Sum(IEnumerable<IEnumerable<ActivityCount>> reports) =>
        reports.SelectMany(r => r)
            .GroupBy(a => a.Kind)
            .OrderBy(g => IndexOf(g.Key))
            .Select(g => new ActivityCount(g.Key, g.Sum(a => a.Count), null))
            .ToList();

    private static int IndexOf(string kind) => All.ToList().IndexOf(kind);
}
