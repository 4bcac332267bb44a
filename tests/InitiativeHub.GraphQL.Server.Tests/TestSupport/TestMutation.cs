using GraphQL;
using GraphQL.Types;
using InitiativeHub.GraphQL.Server.Multipart;
using Microsoft.AspNetCore.Http;

namespace InitiativeHub.GraphQL.Server.Tests.TestSupport;

public sealed class TestMutation : ObjectGraphType
{
    public TestMutation()
    {
        Name = "Mutation";
        Field<NonNullGraphType<StringGraphType>>("shout")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .Resolve(ctx => ctx.GetArgument<string>("text").ToUpperInvariant());
        Field<NonNullGraphType<StringGraphType>>("upload")
            .Argument<NonNullGraphType<UploadGraphType>>("file")
            .ResolveAsync(async ctx =>
            {
                var file = ctx.GetArgument<IFormFile>("file");
                using var reader = new StreamReader(file.OpenReadStream());
                var content = await reader.ReadToEndAsync(ctx.CancellationToken);
                return $"{file.FileName}:{file.Length}:{content}";
            });
        Field<NonNullGraphType<IntGraphType>>("uploadMany")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<UploadGraphType>>>>("files")
            .Resolve(ctx => ctx.GetArgument<List<IFormFile>>("files").Sum(f => (int)f.Length));
    }
}
