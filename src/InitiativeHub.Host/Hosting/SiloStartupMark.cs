using InitiativeHub.Infrastructure.Hosting;

namespace InitiativeHub.Host.Hosting;

/// <summary>Marks on the start-up timeline when the silo has become active.</summary>
public sealed class SiloStartupMark(StartupTimeline timeline) : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(SiloStartupMark), ServiceLifecycleStage.Active, _ =>
        {
            timeline.Mark("silo active");
            return Task.CompletedTask;
        });
}
