using InitiativeHub.GraphQL.Conventions;

namespace InitiativeHub.GraphQL.Entries;

public sealed class CompleteAttachmentUploadPayloadGraphType : PayloadGraphType<AttachmentView>
{
    public CompleteAttachmentUploadPayloadGraphType()
        : base("CompleteAttachmentUploadPayload")
    {
        Field<AttachmentGraphType>("attachment").Resolve(c => c.Source.Result);
    }
}
