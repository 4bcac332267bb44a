using InitiativeHub.Domain.Common;
using InitiativeHub.Domain.Organizations;

namespace InitiativeHub.Domain.Directives;

/// <summary>
/// Who may receive a directive: directives follow functional authority, not only the tree, so an issuer directs any
/// organization under its own parent (a Sở directs the communes and the other departments of its province) or, for a
/// root, under itself. Never itself, never one of its ancestors, never a unit merged away.
/// </summary>
public static class DirectiveRecipients
{
    public static bool MayReceive(Organization issuer, Organization recipient)
    {
        if (recipient.Id == issuer.Id || recipient.IsMerged)
        {
            return false;
        }

        var scope = issuer.PathValue.Parent ?? issuer.PathValue;
        return recipient.PathValue.IsWithin(scope) && !issuer.PathValue.IsWithin(recipient.PathValue);
    }

    public static void Ensure(Organization issuer, Organization recipient)
    {
        if (recipient.IsMerged)
        {
            throw new DomainException(DirectiveErrorCodes.OrganizationMerged, $"{recipient.Name} đã được sáp nhập, không nhận văn bản mới.", "recipientIds");
        }

        if (!MayReceive(issuer, recipient))
        {
            throw new DomainException(DirectiveErrorCodes.NotARecipient, $"{issuer.Name} không chỉ đạo được {recipient.Name}.", "recipientIds");
        }
    }
}
