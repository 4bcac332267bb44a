using System.Text;
using InitiativeHub.Domain.Common;

namespace InitiativeHub.GraphQL.Relay;

/// <summary>
/// Opaque global ids: base64 of "&lt;TypeName&gt;:&lt;uuid&gt;". Clients never build them; an id of the wrong type in an
/// argument is a VALIDATION error.
/// </summary>
public static class GlobalId
{
    private const int MaxLength = 1024;

    public static string Encode(string typeName, Guid id) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{typeName}:{id:N}"));

    /// <summary>The type name and uuid of an id, or null when it is not one of ours.</summary>
    public static (string TypeName, Guid Id)? TryDecode(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > MaxLength)
        {
            return null;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(value));
            var separator = text.IndexOf(':', StringComparison.Ordinal);
            if (separator > 0 && Guid.TryParseExact(text[(separator + 1)..], "N", out var id))
            {
                return (text[..separator], id);
            }
        }
        catch (FormatException)
        {
        }

        return null;
    }

    /// <summary>The uuid of an id that must name <paramref name="expectedType"/>; throws VALIDATION otherwise.</summary>
    public static Guid Decode(string? value, string expectedType, string argumentName)
    {
        var decoded = TryDecode(value);
        if (decoded is not { } parsed || parsed.TypeName != expectedType)
        {
            throw new ValidationException($"Mã định danh '{argumentName}' không phải là một {expectedType} hợp lệ.", argumentName);
        }

        return parsed.Id;
    }

    public static Guid? DecodeOptional(string? value, string expectedType, string argumentName) =>
        value is null ? null : Decode(value, expectedType, argumentName);
}
