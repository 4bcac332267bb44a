using System.Text.Encodings.Web;
using System.Text.Unicode;
using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;
using Microsoft.Extensions.DependencyInjection;

namespace InitiativeHub.GraphQL.Server.Execution;

/// <summary>Picks the serializer for responses so that Vietnamese text is written as UTF-8, never as <c>\uXXXX</c>.</summary>
internal static class TransportSerializer
{
    private const string Probe = "Phường Trần Hưng Đạo";

    /// <summary>Escapes HTML-sensitive characters but keeps every letter of every script literal.</summary>
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    /// <summary>
    /// Uses the registered <see cref="IGraphQLTextSerializer"/> when it already keeps letters literal; otherwise (the
    /// System.Text.Json default escapes all non-ASCII) a <see cref="GraphQLSerializer"/> with <see cref="Encoder"/> and the
    /// registered <see cref="IErrorInfoProvider"/>, so error masking stays as configured.
    /// </summary>
    public static IGraphQLTextSerializer Resolve(IServiceProvider services)
    {
        var registered = services.GetService<IGraphQLTextSerializer>();
        if (registered is not null && registered.Serialize(Probe) == $"\"{Probe}\"")
        {
            return registered;
        }

        var errorInfoProvider = services.GetService<IErrorInfoProvider>() ?? new ErrorInfoProvider();
        return new GraphQLSerializer(options => options.Encoder = Encoder, errorInfoProvider);
    }
}
