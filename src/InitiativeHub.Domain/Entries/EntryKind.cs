namespace InitiativeHub.Domain.Entries;

/// <summary>An initiative (sáng kiến, giải pháp) or a model practice (mô hình hay, điển hình).</summary>
public enum EntryKind
{
    Initiative,
    ModelPractice,
}
