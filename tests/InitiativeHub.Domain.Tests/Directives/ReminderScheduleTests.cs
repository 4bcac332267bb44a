using InitiativeHub.Domain.Directives;

namespace InitiativeHub.Domain.Tests.Directives;

public sealed class ReminderScheduleTests
{
    private static readonly DateTimeOffset Due = new(2026, 5, 15, 0, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public void BeforeTheFirstStep_NothingIsSent() => Assert.Null(ReminderSchedule.StepToSend(Due, Due.AddDays(-8), []));

    [Fact]
    public void EachStep_IsSentOnce()
    {
        Assert.Equal(7, ReminderSchedule.StepToSend(Due, Due.AddDays(-6), []));
        Assert.Null(ReminderSchedule.StepToSend(Due, Due.AddDays(-6), [7]));
        Assert.Equal(3, ReminderSchedule.StepToSend(Due, Due.AddDays(-2), [7]));
        Assert.Equal(1, ReminderSchedule.StepToSend(Due, Due.AddHours(-2), [7, 3]));
        Assert.Null(ReminderSchedule.StepToSend(Due, Due.AddHours(-1), [7, 3, 1]));
    }

    [Fact]
    public void IssuedLate_OnlyTheLatestStepReached_IsSent_AndEarlierOnesNeverFollow()
    {
        Assert.Equal(1, ReminderSchedule.StepToSend(Due, Due.AddHours(-5), []));
        Assert.Null(ReminderSchedule.StepToSend(Due, Due.AddHours(-4), [1]));
    }

    [Fact]
    public void AfterTheDueDate_NoReminder() => Assert.Null(ReminderSchedule.StepToSend(Due, Due.AddMinutes(1), []));
}
