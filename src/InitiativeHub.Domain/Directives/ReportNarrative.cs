using System.Text.RegularExpressions;
using InitiativeHub.Domain.Text;

namespace InitiativeHub.Domain.Directives;

/// <summary>
/// A report's free text split into the parts a results report prints: Đánh giá, Phương hướng and Kiến nghị. Units
/// write one text; a line such as "III. Đánh giá:", "Phương hướng, nhiệm vụ thời gian tới" or "Kiến nghị: …" starts
/// a part (text after the colon belongs to it); text before any such heading is assessment.
/// </summary>
public sealed partial record ReportNarrative(IReadOnlyList<string> Assessment, IReadOnlyList<string> Outlook, IReadOnlyList<string> Recommendations)
{
    private const int MaxHeadingWords = 8;

    public static ReportNarrative Parse(string? narrative)
    {
        var parts = new[] { new List<string>(), new List<string>(), new List<string>() };
        var current = 0;
        foreach (var raw in (VietnameseText.Normalize(narrative) ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var unnumbered = Numbering().Replace(line, string.Empty);
            var colon = unnumbered.IndexOf(':', StringComparison.Ordinal);
            var head = colon >= 0 ? unnumbered[..colon] : unnumbered;
            var isHeading = (colon >= 0 || !head.EndsWith('.')) && PartOf(head) is { } part;
            if (isHeading)
            {
                current = PartOf(head)!.Value;
                var rest = colon >= 0 ? unnumbered[(colon + 1)..].Trim() : string.Empty;
                if (rest.Length > 0)
                {
                    parts[current].Add(rest);
                }

                continue;
            }

            parts[current].Add(line);
        }

        return new ReportNarrative(parts[0], parts[1], parts[2]);
    }

    private static int? PartOf(string head)
    {
        var folded = VietnameseText.Fold(head);
        if (folded.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxHeadingWords)
        {
            return null;
        }

        return folded switch
        {
            _ when folded.StartsWith("danh gia", StringComparison.Ordinal) => 0,
            _ when folded.StartsWith("phuong huong", StringComparison.Ordinal) => 1,
            _ when folded.StartsWith("kien nghi", StringComparison.Ordinal) || folded.StartsWith("de xuat", StringComparison.Ordinal) => 2,
            _ => null,
        };
    }

    [GeneratedRegex(@"^((?:[IVXLC]+|\d+)[\.\)]|[-+•*])\s*")]
    private static partial Regex Numbering();
}
