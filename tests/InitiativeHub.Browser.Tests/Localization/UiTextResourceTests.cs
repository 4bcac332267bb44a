using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using InitiativeHub.Application.Campaigns;
using InitiativeHub.Application.Directives;
using InitiativeHub.Application.Judging;
using InitiativeHub.Domain.Access;
using InitiativeHub.Domain.Campaigns;
using InitiativeHub.Domain.Common;
using InitiativeHub.Domain.Directives;
using InitiativeHub.Domain.Entries;
using InitiativeHub.Domain.Judging;
using InitiativeHub.Testing;
using InitiativeHub.Web.Localization;

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

    [Fact]
    public void EveryErrorCode_HasATextInBothLanguages()
    {
        // Every public "…ErrorCodes" class of the rules and use cases: a new code must come with its words.
        var codes = ErrorCodeConstants().ToList();
        Assert.Contains(ErrorCodes.Validation, codes);
        Assert.Contains(CampaignErrorCodes.FieldLocked, codes);
        foreach (var file in new[] { "UiText.resx", "UiText.en.resx" })
        {
            var keys = Read(file).Keys.ToHashSet(StringComparer.Ordinal);
            var missing = codes.Where(code => !keys.Contains(ErrorMessages.KeyOf(code))).ToList();
            Assert.True(missing.Count == 0, $"{file} lacks a text for: " + string.Join(", ", missing));
        }
    }

    [Fact]
    public void ErrorMessage_VietnameseKeepsTheRulesWords_EnglishSaysTheCodesText()
    {
        var refused = new DomainException(CampaignErrorCodes.FieldLocked, "Không thể thay đổi mục này: đã bắt đầu chấm điểm.", "rubric");
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(UiCultures.Vietnamese);
            Assert.Equal("Không thể thay đổi mục này: đã bắt đầu chấm điểm.", ErrorMessages.Describe(refused));
            Assert.Equal("Dữ liệu vừa được người khác thay đổi; vui lòng tải lại trang và thử lại.", ErrorMessages.Describe(new DomainException(ErrorCodes.Conflict, " ")));

            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(UiCultures.English);
            Assert.Equal("This can no longer change in the campaign's current phase.", ErrorMessages.Describe(refused));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static IEnumerable<string> ErrorCodeConstants() =>
        new[] { typeof(ErrorCodes).Assembly, typeof(CampaignService).Assembly }
            .SelectMany(assembly => assembly.GetExportedTypes())
            .Where(type => type.IsAbstract && type.IsSealed && type.Name.EndsWith("ErrorCodes", StringComparison.Ordinal))
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(field => field is { IsLiteral: true } && field.FieldType == typeof(string))
            .Select(field => (string)field.GetRawConstantValue()!)
            .Distinct(StringComparer.Ordinal);

    private static IEnumerable<string> Keys<TEnum>(string prefix)
        where TEnum : struct, Enum => Enum.GetNames<TEnum>().Select(name => prefix + name);

    [GeneratedRegex("""\bL\["([A-Za-z0-9_]+)"[\],]""")]
    private static partial Regex LocalizerKey();
}
