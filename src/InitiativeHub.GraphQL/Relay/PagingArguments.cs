using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using InitiativeHub.Application.Common.Paging;

namespace InitiativeHub.GraphQL.Relay;

/// <summary>The <c>first/after/last/before</c> arguments and their reading into a <see cref="PageRequest"/>.</summary>
public static class PagingArguments
{
    public static FieldBuilder<TSource, TReturn> ForwardPaging<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field
            .Argument<IntGraphType>("first", "Page size (default 20, at most 100).")
            .Argument<StringGraphType>("after", "Cursor of the last item of the previous page.");

    public static FieldBuilder<TSource, TReturn> BidirectionalPaging<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.ForwardPaging()
            .Argument<IntGraphType>("last", "Page size when paging backwards.")
            .Argument<StringGraphType>("before", "Cursor of the first item of the next page.");

    public static PageRequest GetPageRequest(this IResolveFieldContext context) =>
        new(
            context.GetArgument<int?>("first"),
            context.GetArgument<string?>("after"),
            context.HasArgument("last") ? context.GetArgument<int?>("last") : null,
            context.HasArgument("before") ? context.GetArgument<string?>("before") : null);
}
