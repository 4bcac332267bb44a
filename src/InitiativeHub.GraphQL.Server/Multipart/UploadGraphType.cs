using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Http;

namespace InitiativeHub.GraphQL.Server.Multipart;

/// <summary>
/// The <c>Upload</c> scalar of the graphql-multipart-request-spec. Input-only: its value is the <see cref="IFormFile"/>
/// the transport placed into the variables; it has no literal form and is never serialized.
/// </summary>
public sealed class UploadGraphType : ScalarGraphType
{
    /// <summary>Creates the scalar.</summary>
    public UploadGraphType()
    {
        Name = "Upload";
        Description = "A file sent with the GraphQL multipart request specification; usable only as a variable.";
    }

    /// <inheritdoc/>
    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        IFormFile file => file,
        _ => ThrowNotAFile(),
    };

    /// <inheritdoc/>
    public override object? ParseLiteral(GraphQLValue value) => value is GraphQLNullValue
        ? null
        : throw new InvalidOperationException("Upload has no literal form; send the file as a multipart variable.");

    /// <inheritdoc/>
    public override bool CanParseLiteral(GraphQLValue value) => value is GraphQLNullValue;

    /// <inheritdoc/>
    public override bool CanParseValue(object? value) => value is null or IFormFile;

    /// <inheritdoc/>
    public override object? Serialize(object? value) =>
        throw new InvalidOperationException("Upload is an input-only scalar.");

    private static object ThrowNotAFile() =>
        throw new InvalidOperationException("Upload variables must be multipart file parts.");
}
