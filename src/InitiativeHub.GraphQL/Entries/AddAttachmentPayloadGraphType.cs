using InitiativeHub.GraphQL.Conventions;

namespace InitiativeHub.GraphQL.Entries;

public sealed class AddAttachmentPayloadGraphType : PayloadGraphType<AttachmentView>
{
    public AddAttachmentPayloadGraphType()
        : base("AddAttachmentPayload")
    {
        Field<AttachmentGraphType>("attachment").Resolve(c => c.Source.Result);
    }
}
