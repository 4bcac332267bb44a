using InitiativeHub.Domain.Entries;
using InitiativeHub.GraphQL.Relay;

namespace InitiativeHub.GraphQL.Entries;

public sealed class EntriesEdgeGraphType() : EdgeGraphType<EntryGraphType, Entry>("Entries");
