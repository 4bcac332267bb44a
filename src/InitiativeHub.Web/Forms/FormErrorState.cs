using InitiativeHub.Domain.Common;
using InitiativeHub.Web.Localization;

namespace InitiativeHub.Web.Forms;

/// <summary>
/// The errors of one form: a rule's message (see <see cref="ErrorMessages"/>) beside the field it names, and a
/// general message for errors about no field of this form. Input the page itself could not read (a date typed
/// in the wrong form) goes in the same place.
/// </summary>
public sealed class FormErrorState
{
    private readonly Dictionary<string, string> _byField = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _fields;

    /// <param name="fields">The fields of this form, as the use cases name them (camelCase: title, authors…).</param>
    public FormErrorState(params string[] fields) => _fields = new HashSet<string>(fields, StringComparer.OrdinalIgnoreCase);

    /// <summary>The message about no particular field of this form, if any.</summary>
    public string? General { get; private set; }

    public bool HasErrors => General is not null || _byField.Count > 0;

    public IEnumerable<string> Fields => _byField.Keys;

    public string? For(string field) => _byField.GetValueOrDefault(field);

    /// <summary>"true" for aria-invalid when the field has an error, else null (no attribute).</summary>
    public string? Invalid(string field) => _byField.ContainsKey(field) ? "true" : null;

    public void Clear()
    {
        _byField.Clear();
        General = null;
    }

    /// <summary>Adds an error the page found in the input itself.</summary>
    public void Add(string field, string message)
    {
        if (_fields.Contains(field))
        {
            _byField.TryAdd(field, message);
        }
        else
        {
            General ??= message;
        }
    }

    /// <summary>Records a rule's failure next to its field, or as the general message.</summary>
    public void Add(DomainException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception.Field is { } field && _fields.Contains(field))
        {
            _byField[field] = ErrorMessages.Describe(exception);
        }
        else
        {
            General = ErrorMessages.Describe(exception);
        }
    }
}
