using GraphQL.Types;
using InitiativeHub.Application.Entries;
using InitiativeHub.GraphQL.Conventions;
using InitiativeHub.GraphQL.Relay;
using InitiativeHub.GraphQL.Scalars;

namespace InitiativeHub.GraphQL.Entries;

public sealed class RequestAttachmentUploadPayloadGraphType : PayloadGraphType<AttachmentUploadTicket>
{
    public const string UploadTypeName = "AttachmentUpload";

    public RequestAttachmentUploadPayloadGraphType()
        : base("RequestAttachmentUploadPayload")
    {
        Field<StringGraphType>("uploadUrl").Description("PUT the bytes here before it expires.").Resolve(c => c.Source.Result?.UploadUrl.ToString());
        Field<IdGraphType>("uploadId").Resolve(c => c.Source.Result is { } ticket ? GlobalId.Encode(UploadTypeName, ticket.UploadId) : null);
        Field<VietnamDateTimeGraphType>("expiresAt").Resolve(c => c.Source.Result?.ExpiresAt);
        Field<ListGraphType<NonNullGraphType<UploadHeaderGraphType>>>("uploadHeaders")
            .Description("Headers the PUT must carry (e.g. x-ms-blob-type for Azure Blob Storage).")
            .Resolve(c => c.Source.Result?.Headers.Select(h => new KeyValuePair<string, string>(h.Key, h.Value)));
    }
}
