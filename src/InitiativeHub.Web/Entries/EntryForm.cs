using InitiativeHub.Domain.Entries;
using InitiativeHub.Web.Formatting;
using InitiativeHub.Web.Forms;
using InitiativeHub.Web.Localization;
using Microsoft.Extensions.Localization;

namespace InitiativeHub.Web.Entries;

/// <summary>
/// What the entry form holds while someone types: text as typed, turned into the use case's records on saving. Only
/// the reading of typed dates and numbers happens here; every rule (required fields, shares summing to 100…) is the
/// domain's, and its message is what the form shows.
/// </summary>
public sealed class EntryForm
{
    public string Title { get; set; } = string.Empty;

    public string CategoryId { get; set; } = string.Empty;

    public EntryKind Kind { get; set; } = EntryKind.Initiative;

    public SubmitterKind SubmitterKind { get; set; } = SubmitterKind.Individual;

    public string OrganizationId { get; set; } = string.Empty;

    public string FieldOfApplication { get; set; } = string.Empty;

    public string FirstAppliedOn { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    public string ApplicationConditions { get; set; } = string.Empty;

    public string ConfidentialInformation { get; set; } = string.Empty;

    public string Benefits { get; set; } = string.Empty;

    public string BenefitsByApplier { get; set; } = string.Empty;

    public string Investor { get; set; } = string.Empty;

    public List<AuthorRow> Authors { get; } = [];

    public List<ParticipantRow> TrialParticipants { get; } = [];

    /// <summary>The shares typed so far that read as numbers: a hint beside the rows; the domain's rule decides.</summary>
    public decimal TypedShareTotal => Authors.Sum(row => NumberText.TryParse(row.Percent, out var value) && value is { } share ? share : 0m);

    public static EntryForm From(Entry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var content = entry.Content;
        var form = new EntryForm
        {
            Title = content.Title,
            CategoryId = entry.CategoryId.ToString(),
            Kind = entry.Kind,
            SubmitterKind = entry.SubmitterKind,
            OrganizationId = entry.OrganizationId?.ToString() ?? string.Empty,
            FieldOfApplication = content.FieldOfApplication ?? string.Empty,
            FirstAppliedOn = content.FirstAppliedOn is { } date ? VietnamTime.FormatDate(date) : string.Empty,
            Description = content.Description,
            ApplicationConditions = content.ApplicationConditions ?? string.Empty,
            ConfidentialInformation = content.ConfidentialInformation ?? string.Empty,
            Benefits = content.Benefits ?? string.Empty,
            BenefitsByApplier = content.BenefitsByApplier ?? string.Empty,
            Investor = content.Investor ?? string.Empty,
        };
        form.Authors.AddRange(content.Authors.Select(AuthorRow.From));
        form.TrialParticipants.AddRange(content.TrialParticipants.Select(ParticipantRow.From));
        return form;
    }

    /// <summary>
    /// The content as the use cases take it, or null when something typed could not be read (the reason is added to
    /// <paramref name="errors"/>). Rows left entirely blank are ignored.
    /// </summary>
    public EntryContent? ToContent(IStringLocalizer<UiText> text, FormErrorState errors)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(errors);
        DateOnly? firstApplied = null;
        if (!string.IsNullOrWhiteSpace(FirstAppliedOn))
        {
            if (VietnamTime.TryParseDate(FirstAppliedOn, out var date))
            {
                firstApplied = date;
            }
            else
            {
                errors.Add("firstAppliedOn", text[nameof(UiText.Input_DateInvalid)]);
            }
        }

        var authors = new List<Author>();
        var number = 0;
        foreach (var row in Authors.Where(row => !row.IsBlank))
        {
            number++;
            DateOnly? birth = null;
            if (!string.IsNullOrWhiteSpace(row.DateOfBirth))
            {
                if (VietnamTime.TryParseDate(row.DateOfBirth, out var born))
                {
                    birth = born;
                }
                else
                {
                    errors.Add("authors", text[nameof(UiText.Entry_AuthorBirthInvalid), number]);
                }
            }

            if (!NumberText.TryParse(row.Percent, out var share))
            {
                errors.Add("authors", text[nameof(UiText.Entry_AuthorShareInvalid), number]);
            }

            authors.Add(new Author(row.FullName, birth, row.Workplace, row.Position, row.Qualification, share ?? 0m, Blank(row.Email)));
        }

        var participants = TrialParticipants
            .Where(row => !row.IsBlank)
            .Select(row => new TrialParticipant(row.FullName, row.DateOfBirth, row.Workplace, row.Position, row.Qualification, row.SupportContent, row.Email))
            .ToList();

        if (errors.HasErrors)
        {
            return null;
        }

        return new EntryContent(
            Title,
            FieldOfApplication,
            firstApplied,
            Description,
            ApplicationConditions,
            ConfidentialInformation,
            Benefits,
            BenefitsByApplier,
            Investor,
            authors,
            participants);
    }

    /// <summary>Every field as a change (an emptied text clears the field).</summary>
    public static EntryChanges ToChanges(EntryContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new EntryChanges(
            content.Title,
            content.FieldOfApplication ?? string.Empty,
            content.FirstAppliedOn,
            content.Description,
            content.ApplicationConditions ?? string.Empty,
            content.ConfidentialInformation ?? string.Empty,
            content.Benefits ?? string.Empty,
            content.BenefitsByApplier ?? string.Empty,
            content.Investor ?? string.Empty,
            content.Authors,
            content.TrialParticipants);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    /// <summary>One author row as typed.</summary>
    public sealed class AuthorRow
    {
        public string FullName { get; set; } = string.Empty;

        public string DateOfBirth { get; set; } = string.Empty;

        public string Workplace { get; set; } = string.Empty;

        public string Position { get; set; } = string.Empty;

        public string Qualification { get; set; } = string.Empty;

        public string Percent { get; set; } = string.Empty;

        public string Email { get; set; } = string.Empty;

        public bool IsBlank =>
            string.IsNullOrWhiteSpace(FullName) && string.IsNullOrWhiteSpace(DateOfBirth) && string.IsNullOrWhiteSpace(Workplace)
            && string.IsNullOrWhiteSpace(Position) && string.IsNullOrWhiteSpace(Qualification) && string.IsNullOrWhiteSpace(Percent)
            && string.IsNullOrWhiteSpace(Email);

        public static AuthorRow From(Author author) => new()
        {
            FullName = author.FullName,
            DateOfBirth = author.DateOfBirth is { } date ? VietnamTime.FormatDate(date) : string.Empty,
            Workplace = author.Workplace ?? string.Empty,
            Position = author.Position ?? string.Empty,
            Qualification = author.Qualification ?? string.Empty,
            Percent = NumberText.Format(author.ContributionPercent),
            Email = author.Email ?? string.Empty,
        };
    }

    /// <summary>One person who took part in the trial application, as typed.</summary>
    public sealed class ParticipantRow
    {
        public string FullName { get; set; } = string.Empty;

        public string Workplace { get; set; } = string.Empty;

        public string Position { get; set; } = string.Empty;

        public string Qualification { get; set; } = string.Empty;

        public string SupportContent { get; set; } = string.Empty;

        /// <summary>Kept as given through the API; the web form does not ask for it.</summary>
        public DateOnly? DateOfBirth { get; init; }

        /// <summary>Kept as given through the API; the web form does not ask for it.</summary>
        public string? Email { get; init; }

        public bool IsBlank =>
            string.IsNullOrWhiteSpace(FullName) && string.IsNullOrWhiteSpace(Workplace) && string.IsNullOrWhiteSpace(Position)
            && string.IsNullOrWhiteSpace(Qualification) && string.IsNullOrWhiteSpace(SupportContent);

        public static ParticipantRow From(TrialParticipant participant) => new()
        {
            FullName = participant.FullName,
            Workplace = participant.Workplace ?? string.Empty,
            Position = participant.Position ?? string.Empty,
            Qualification = participant.Qualification ?? string.Empty,
            SupportContent = participant.SupportContent ?? string.Empty,
            DateOfBirth = participant.DateOfBirth,
            Email = participant.Email,
        };
    }
}
