using GraphQL.Types;

namespace InitiativeHub.GraphQL.Entries;

public sealed class CompleteAttachmentUploadInputGraphType : InputObjectGraphType<CompleteAttachmentUploadInput>
{
    public CompleteAttachmentUploadInputGraphType()
    {
        Name = "CompleteAttachmentUploadInput";
        Field<NonNullGraphType<IdGraphType>>("uploadId");
        Field<NonNullGraphType<StringGraphType>>("sha256").Description("SHA-256 (hex) the client computed over the bytes it sent.");
    }
}
