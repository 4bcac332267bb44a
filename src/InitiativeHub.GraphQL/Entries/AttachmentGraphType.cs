using GraphQL.Types;
using InitiativeHub.Application.Entries;
using InitiativeHub.GraphQL.Common;
using InitiativeHub.GraphQL.Relay;

namespace InitiativeHub.GraphQL.Entries;

/// <summary>A file attached to an entry.</summary>
public sealed class AttachmentGraphType : ObjectGraphType<AttachmentView>
{
    public const string TypeName = "Attachment";

    public AttachmentGraphType()
    {
        Name = TypeName;
        Interface<NodeInterfaceGraphType>();
        IsTypeOf = value => value is AttachmentView;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode(TypeName, c.Source.Attachment.Id));
        Field<NonNullGraphType<StringGraphType>>("fileName").Resolve(c => c.Source.Attachment.FileName);
        Field<NonNullGraphType<StringGraphType>>("contentType").Description("Decided from the bytes, not the name.").Resolve(c => c.Source.Attachment.ContentType);
        Field<NonNullGraphType<IntGraphType>>("sizeBytes").Resolve(c => (int)c.Source.Attachment.SizeBytes);
        Field<NonNullGraphType<StringGraphType>>("sha256").Resolve(c => c.Source.Attachment.Sha256);
        Field<StringGraphType>("downloadUrl")
            .Description("Short-lived URL, issued only to viewers allowed to read the file.")
            .ResolveAsync(async c =>
                (await c.Service<AttachmentService>().GetDownloadUrlAsync(c.GetViewer(), c.Source.Entry, c.Source.Attachment, c.CancellationToken))?.ToString());
    }
}
