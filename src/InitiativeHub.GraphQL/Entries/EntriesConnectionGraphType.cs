using InitiativeHub.Domain.Entries;
using InitiativeHub.GraphQL.Relay;

namespace InitiativeHub.GraphQL.Entries;

public sealed class EntriesConnectionGraphType() : ConnectionGraphType<EntriesEdgeGraphType, EntryGraphType, Entry>("Entries");
