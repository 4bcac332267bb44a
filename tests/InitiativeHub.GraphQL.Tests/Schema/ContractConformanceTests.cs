using GraphQLParser;
using GraphQLParser.AST;

namespace InitiativeHub.GraphQL.Tests.Schema;

/// <summary>
/// The public contract (docs/api/contract.graphql, copied here) is binding: every contract type the schema serves
/// must carry all of the contract's fields, arguments and enum values with compatible types (same nullability or
/// stricter on outputs, same or looser on inputs).
/// </summary>
public sealed class ContractConformanceTests
{
    private static readonly GraphQLDocument Contract = Parser.Parse(File.ReadAllText(SchemaFixture.PathOf("contract.graphql")));
    private static readonly GraphQLDocument Served = Parser.Parse(SchemaFixture.PrintServedSchema());

    public static TheoryData<string> ServedContractTypes()
    {
        var served = Served.Definitions.OfType<GraphQLTypeDefinition>().Select(d => d.Name.StringValue).ToHashSet();
        var data = new TheoryData<string>();
        foreach (var type in Contract.Definitions.OfType<GraphQLTypeDefinition>().Select(d => d.Name.StringValue).Where(served.Contains))
        {
            data.Add(type);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ServedContractTypes))]
    public void ServedType_ConformsToContract(string typeName)
    {
        var contract = Find(Contract, typeName);
        var served = Find(Served, typeName);
        var problems = new List<string>();
        switch (contract)
        {
            case GraphQLObjectTypeDefinition or GraphQLInterfaceTypeDefinition:
                CompareOutputFields(typeName, Fields(contract), Fields(served), problems);
                break;
            case GraphQLInputObjectTypeDefinition input:
                var servedInputs = ((GraphQLInputObjectTypeDefinition)served).Fields?.Items ?? [];
                foreach (var field in input.Fields?.Items ?? [])
                {
                    var match = servedInputs.FirstOrDefault(f => f.Name.StringValue == field.Name.StringValue);
                    if (match is null)
                    {
                        problems.Add($"{typeName}.{field.Name.StringValue} is missing");
                    }
                    else if (!InputCompatible(field.Type, match.Type))
                    {
                        problems.Add($"{typeName}.{field.Name.StringValue}: contract {Print(field.Type)}, served {Print(match.Type)}");
                    }
                }

                break;
            case GraphQLEnumTypeDefinition enumType:
                var values = ((GraphQLEnumTypeDefinition)served).Values?.Items.Select(v => v.Name.StringValue).ToHashSet() ?? [];
                problems.AddRange((enumType.Values?.Items ?? []).Where(v => !values.Contains(v.Name.StringValue)).Select(v => $"{typeName}.{v.Name.StringValue} is missing"));
                break;
        }

        Assert.Empty(problems);
    }

    private static void CompareOutputFields(string typeName, IReadOnlyList<GraphQLFieldDefinition> contract, IReadOnlyList<GraphQLFieldDefinition> served, List<string> problems)
    {
        foreach (var field in contract)
        {
            var match = served.FirstOrDefault(f => f.Name.StringValue == field.Name.StringValue);
            if (match is null)
            {
                // The schema grows feature by feature: a root field, or a field whose type is not served at all yet,
                // belongs to a feature still to come; it is not a shape conflict.
                if (typeName is not ("Query" or "Mutation" or "Subscription") && ServedTypeNames.Contains(NamedType(field.Type)))
                {
                    problems.Add($"{typeName}.{field.Name.StringValue} is missing");
                }

                continue;
            }

            if (!OutputCompatible(field.Type, match.Type))
            {
                problems.Add($"{typeName}.{field.Name.StringValue}: contract {Print(field.Type)}, served {Print(match.Type)}");
            }

            foreach (var argument in field.Arguments?.Items ?? [])
            {
                var servedArgument = match.Arguments?.Items.FirstOrDefault(a => a.Name.StringValue == argument.Name.StringValue);
                if (servedArgument is null)
                {
                    problems.Add($"{typeName}.{field.Name.StringValue}({argument.Name.StringValue}) is missing");
                }
                else if (!InputCompatible(argument.Type, servedArgument.Type))
                {
                    problems.Add($"{typeName}.{field.Name.StringValue}({argument.Name.StringValue}): contract {Print(argument.Type)}, served {Print(servedArgument.Type)}");
                }
            }

            foreach (var extra in (match.Arguments?.Items ?? []).Where(a => a.Type is GraphQLNonNullType && field.Arguments?.Items.All(c => c.Name.StringValue != a.Name.StringValue) != false))
            {
                problems.Add($"{typeName}.{field.Name.StringValue}({extra.Name.StringValue}) is a required argument the contract does not have");
            }
        }
    }

    /// <summary>Outputs may be stricter (non-null where the contract allows null).</summary>
    private static bool OutputCompatible(GraphQLType contract, GraphQLType served) => (contract, served) switch
    {
        (GraphQLNonNullType c, GraphQLNonNullType s) => OutputCompatible(c.Type, s.Type),
        (GraphQLNonNullType, _) => false,
        (_, GraphQLNonNullType s) => OutputCompatible(contract, s.Type),
        (GraphQLListType c, GraphQLListType s) => OutputCompatible(c.Type, s.Type),
        (GraphQLNamedType c, GraphQLNamedType s) => c.Name.StringValue == s.Name.StringValue,
        _ => false,
    };

    /// <summary>Inputs may be looser (nullable where the contract requires a value).</summary>
    private static bool InputCompatible(GraphQLType contract, GraphQLType served) => (contract, served) switch
    {
        (GraphQLNonNullType c, GraphQLNonNullType s) => InputCompatible(c.Type, s.Type),
        (GraphQLNonNullType c, _) => InputCompatible(c.Type, served),
        (_, GraphQLNonNullType) => false,
        (GraphQLListType c, GraphQLListType s) => InputCompatible(c.Type, s.Type),
        (GraphQLNamedType c, GraphQLNamedType s) => c.Name.StringValue == s.Name.StringValue,
        _ => false,
    };

    private static readonly HashSet<string> ServedTypeNames =
        Served.Definitions.OfType<GraphQLTypeDefinition>().Select(d => d.Name.StringValue).Concat(["String", "Int", "Float", "Boolean", "ID"]).ToHashSet();

    private static string NamedType(GraphQLType type) => type switch
    {
        GraphQLNonNullType n => NamedType(n.Type),
        GraphQLListType l => NamedType(l.Type),
        GraphQLNamedType named => named.Name.StringValue,
        _ => string.Empty,
    };

    private static string Print(GraphQLType type) => type switch
    {
        GraphQLNonNullType n => Print(n.Type) + "!",
        GraphQLListType l => "[" + Print(l.Type) + "]",
        GraphQLNamedType named => named.Name.StringValue,
        _ => "?",
    };

    private static GraphQLTypeDefinition Find(GraphQLDocument document, string name) =>
        document.Definitions.OfType<GraphQLTypeDefinition>().Single(d => d.Name.StringValue == name);

    private static IReadOnlyList<GraphQLFieldDefinition> Fields(GraphQLTypeDefinition definition) => definition switch
    {
        GraphQLObjectTypeDefinition o => o.Fields?.Items ?? [],
        GraphQLInterfaceTypeDefinition i => i.Fields?.Items ?? [],
        _ => [],
    };
}
