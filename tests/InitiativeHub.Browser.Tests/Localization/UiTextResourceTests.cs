using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using InitiativeHub.Application.Directives;
using InitiativeHub.Application.Judging;
using InitiativeHub.Domain.Access;
using InitiativeHub.Domain.Campaigns;
using InitiativeHub.Domain.Directives;
using InitiativeHub.Domain.Entries;
using InitiativeHub.Domain.Judging;
using InitiativeHub.Testing;

namespace InitiativeHub.Browser.Tests.Localization;

/// <summary>The UI texts themselves: every key in both languages, every key a component uses defined, all NFC.</summary>
public sealed partial class UiTextResourceTests
{
    private static readonly string WebProject = Path.Combine(RepositoryPaths.Root, "src", "InitiativeHub.Web");

    private static Dictionary<string, string> Read(string fileName) =>
        XDocument.Load(Path.Combine(WebProject, "Localization", fileName))
            .Root!.Elements("data")
            .ToDictionary(data => data.Attribute("name")!.Value, data => data.Element("value")!.Value);

    [Fact]
    public void VietnameseAndEnglish_HaveTheSameKeys()
    {
        var vietnamese = Read("UiText.resx");
        var english = Read("UiText.en.resx");

        Assert.Empty(vietnamese.Keys.Except(english.Keys));
        Assert.Empty(english.Keys.Except(vietnamese.Keys));
    }

    [Fact]
    public void EveryText_IsNonEmptyNfc()
    {
        foreach (var file in new[] { "UiText.resx", "UiText.en.resx" })
        {
            foreach (var (key, value) in Read(file))
            {
                Assert.False(string.IsNullOrWhiteSpace(value), $"{file}: {key} is empty.");
                Assert.True(value.IsNormalized(NormalizationForm.FormC), $"{file}: {key} is not in NFC.");
            }
        }
    }

    [Fact]
    public void EveryKeyTheComponentsUse_IsDefined()
    {
        var keys = Read("UiText.resx").Keys.ToHashSet(StringComparer.Ordinal);
        var used = Directory.EnumerateFiles(Path.Combine(WebProject, "Components"), "*.razor", SearchOption.AllDirectories)
            .SelectMany(file => LocalizerKey().Matches(File.ReadAllText(file)).Select(match => (File: Path.GetFileName(file), Key: match.Groups[1].Value)))
            .ToList();

        Assert.NotEmpty(used);
        var missing = used.Where(use => !keys.Contains(use.Key)).Select(use => $"{use.File}: {use.Key}").ToList();
        // Role names are looked up as Role_{role}.
        missing.AddRange(Enum.GetNames<Role>().Select(role => $"Role_{role}").Where(key => !keys.Contains(key)));
        Assert.True(missing.Count == 0, "Undefined UI text keys: " + string.Join(", ", missing));
    }

    [Fact]
    public void EveryEnumValueThePagesName_HasATextInBothLanguages()
    {
        // Pages look these up as L[$"{Prefix}{value}"]: a new enum value must come with its words.
        var expected = Keys<CampaignPhase>("Phase_")
            .Concat(Keys<CampaignPhase>("PhaseAction_"))
            .Concat(Keys<EntryStatus>("EntryStatus_"))
            .Concat(Keys<CampaignKind>("CampaignKind_"))
            .Concat(Keys<Occasion>("Occasion_"))
            .Concat(Keys<Aggregation>("Aggregation_"))
            .Concat(Keys<AwardForm>("AwardForm_"))
            .Concat(Keys<EntryKind>("EntryKind_"))
            .Concat(Keys<SubmitterKind>("SubmitterKind_"))
            .Concat(Keys<UnitReportStatus>("UnitReportStatus_"))
            .Concat(Keys<PlanTaskStatus>("PlanTaskStatus_"))
            .Concat(ActivityKinds.All.Select(kind => $"ActivityKind_{kind}"))
            .Concat(Keys<ReportFigure>("Figure_"))
            .Concat(Keys<AssignmentStatus>("AssignmentStatus_"))
            .Concat(Keys<PanelRole>("PanelRole_"))
            .ToList();
        foreach (var file in new[] { "UiText.resx", "UiText.en.resx" })
        {
            var keys = Read(file).Keys.ToHashSet(StringComparer.Ordinal);
            var missing = expected.Where(key => !keys.Contains(key)).ToList();
            Assert.True(missing.Count == 0, $"{file} lacks: " + string.Join(", ", missing));
        }
    }

    private static IEnumerable<string> Keys<TEnum>(string prefix)
        where TEnum : struct, Enum => Enum.GetNames<TEnum>().Select(name => prefix + name);

    [GeneratedRegex("""\bL\["([A-Za-z0-9_]+)"[\],]""")]
    private static partial Regex LocalizerKey();
}
