namespace InitiativeHub.Domain.Campaigns;

/// <summary>Giấy khen, đề nghị Bằng khen cấp tỉnh, giải thưởng, công nhận sáng kiến.</summary>
public enum AwardForm
{
    CertificateOfMerit,
    ProposalForProvincialMerit,
    Prize,
    InitiativeRecognition,
}
