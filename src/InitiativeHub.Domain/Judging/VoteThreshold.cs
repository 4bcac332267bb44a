using InitiativeHub.Domain.Common;

namespace InitiativeHub.Domain.Judging;

/// <summary>
/// The share of ALL council members (not of those present) whose "yes" carries a decision, as an exact fraction so
/// that 2/3 of 9 is 6, not 5.999…; TT 18/2013 Điều 8 sets at least 2/3.
/// </summary>
public sealed record VoteThreshold
{
    private VoteThreshold(int numerator, int denominator)
    {
        Numerator = numerator;
        Denominator = denominator;
    }

    public static VoteThreshold TwoThirds { get; } = new(2, 3);

    public int Numerator { get; }

    public int Denominator { get; }

    public static VoteThreshold Of(int numerator, int denominator)
    {
        if (denominator <= 0 || numerator <= 0 || numerator > denominator || denominator > 1000)
        {
            throw new ValidationException("Tỷ lệ biểu quyết thông qua phải là một phân số lớn hơn 0 và không quá 1.", "threshold");
        }

        return new VoteThreshold(numerator, denominator);
    }

    /// <summary>ceil(members × numerator / denominator), in integers.</summary>
    public int RequiredYes(int members) => ((members * Numerator) + Denominator - 1) / Denominator;
}
