using GraphQL.Types;
using InitiativeHub.GraphQL.Server.Multipart;

namespace InitiativeHub.GraphQL.Entries;

public sealed class AddAttachmentInputGraphType : InputObjectGraphType<AddAttachmentInput>
{
    public AddAttachmentInputGraphType()
    {
        Name = "AddAttachmentInput";
        Field<NonNullGraphType<IdGraphType>>("entryId");
        Field<NonNullGraphType<UploadGraphType>>("file");
    }
}
