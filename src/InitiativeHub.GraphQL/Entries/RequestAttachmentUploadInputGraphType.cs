using GraphQL.Types;

namespace InitiativeHub.GraphQL.Entries;

public sealed class RequestAttachmentUploadInputGraphType : InputObjectGraphType<RequestAttachmentUploadInput>
{
    public RequestAttachmentUploadInputGraphType()
    {
        Name = "RequestAttachmentUploadInput";
        Field<NonNullGraphType<IdGraphType>>("entryId");
        Field<NonNullGraphType<StringGraphType>>("fileName");
        Field<NonNullGraphType<StringGraphType>>("contentType").Description("What the client believes it is; the server decides from the bytes.");
        Field<NonNullGraphType<IntGraphType>>("sizeBytes");
    }
}
