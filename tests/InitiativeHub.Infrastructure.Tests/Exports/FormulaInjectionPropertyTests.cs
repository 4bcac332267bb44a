using System.Text;
using InitiativeHub.Application.Exports;
using InitiativeHub.Infrastructure.Exports.Documents;
using InitiativeHub.Infrastructure.Exports.OpenXml;

namespace InitiativeHub.Infrastructure.Tests.Exports;

/// <summary>
/// Property: whatever text a user typed (random, often starting with = + - @ tab or CR, with quotes, commas, line
/// breaks, Vietnamese letters and control characters), no XLSX cell is a formula and every CSV field starts with a
/// harmless character, while the text itself survives.
/// </summary>
public sealed class FormulaInjectionPropertyTests
{
    private const string Alphabet = "=+-@\t\r\n\",;'aăâđêôơưAĐỳỹ0123456789 ()!A1:B2|\0\u0001";
    private static readonly char[] Dangerous = ['=', '+', '-', '@', '\t', '\r', '\0'];

    [Theory]
    [InlineData(20260421)]
    [InlineData(20260426)]
    [InlineData(20260518)]
    public async Task Random_user_text_never_becomes_a_formula(int seed)
    {
        var random = new Random(seed);
        var texts = Enumerable.Range(0, 300).Select(_ => RandomText(random)).ToList();
        var rows = texts.Select(t => new AwardeeRow(AwardeeKind.Individual, t, t, t, t, t, null)).ToList();
        var data = ExportSamples.AwardeeList(rows, []);

        var xlsx = await OpenedDocuments.WriteAsync(s => AwardeeListDocument.WriteXlsxAsync(s, data, ExportProgress.None, CancellationToken.None));
        var (_, sheet, formulas, _) = Assert.Single(OpenedDocuments.ReadWorkbook(xlsx));
        Assert.Equal(0, formulas);
        for (var i = 0; i < texts.Count; i++)
        {
            Assert.Equal(XmlText.Clean(texts[i]), sheet[4 + i][1]);
        }

        var csv = await OpenedDocuments.WriteAsync(s => AwardeeListDocument.WriteCsvAsync(s, data, ExportProgress.None, CancellationToken.None));
        var records = ParseCsv(Encoding.UTF8.GetString(csv.AsSpan(3)));
        Assert.Equal(texts.Count + 1, records.Count);
        for (var i = 0; i < texts.Count; i++)
        {
            foreach (var field in records[i + 1].Skip(2).Take(5))
            {
                Assert.False(field.Length > 0 && Dangerous.Contains(field[0]), $"CSV field starts with a formula character: {field}");
                Assert.Equal(texts[i].Normalize(NormalizationForm.FormC), field.StartsWith('\'') && field.Length > 1 && Dangerous.Contains(field[1]) ? field[1..] : field);
            }
        }
    }

    private static string RandomText(Random random)
    {
        var length = random.Next(0, 12);
        var builder = new StringBuilder();
        if (random.Next(2) == 0)
        {
            builder.Append(Dangerous[random.Next(Dangerous.Length)]);
        }

        for (var i = 0; i < length; i++)
        {
            builder.Append(Alphabet[random.Next(Alphabet.Length)]);
        }

        return builder.ToString();
    }

    /// <summary>RFC 4180 reader: quoted fields may hold commas, quotes (doubled) and line breaks.</summary>
    private static List<List<string>> ParseCsv(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (ch == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
                i++;
            }
            else
            {
                field.Append(ch);
            }
        }

        return records;
    }
}
