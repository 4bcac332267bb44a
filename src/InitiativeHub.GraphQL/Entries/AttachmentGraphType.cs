using GraphQL.Types;
using InitiativeHub.Domain.Entries;
using InitiativeHub.GraphQL.Relay;

namespace InitiativeHub.GraphQL.Entries;

/// <summary>A file attached to an entry.</summary>
public sealed class AttachmentGraphType : ObjectGraphType<EntryAttachment>
{
    public const string TypeName = "Attachment";

    public AttachmentGraphType()
    {
        Name = TypeName;
        Interface<NodeInterfaceGraphType>();
        IsTypeOf = value => value is EntryAttachment;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("fileName").Resolve(c => c.Source.FileName);
        Field<NonNullGraphType<StringGraphType>>("contentType").Description("Decided from the bytes, not the name.").Resolve(c => c.Source.ContentType);
        Field<NonNullGraphType<IntGraphType>>("sizeBytes").Resolve(c => (int)c.Source.SizeBytes);
        Field<NonNullGraphType<StringGraphType>>("sha256").Resolve(c => c.Source.Sha256);
    }
}
