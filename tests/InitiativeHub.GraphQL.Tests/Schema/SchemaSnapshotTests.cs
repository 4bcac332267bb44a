namespace InitiativeHub.GraphQL.Tests.Schema;

/// <summary>Any change to the served schema shows up in review as a change to Schema.approved.graphql.</summary>
public sealed class SchemaSnapshotTests
{
    [Fact]
    public void Schema_IsUnchanged()
    {
        var served = SchemaFixture.PrintServedSchema();
        var approvedPath = SchemaFixture.SourcePathOf("Schema.approved.graphql");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : string.Empty;
        if (served != approved)
        {
            // The received schema is written beside the approved one: review it, then copy it over to approve.
            File.WriteAllText(SchemaFixture.SourcePathOf("Schema.received.graphql"), served);
        }

        Assert.Equal(approved, served);
    }
}
