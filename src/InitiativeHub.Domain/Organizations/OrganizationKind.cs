namespace InitiativeHub.Domain.Organizations;

/// <summary>What kind of body an organization is (the contract's <c>OrganizationKind</c>).</summary>
public enum OrganizationKind
{
    Ministry,
    ProvincePeoplesCommittee,
    Department,
    CommunePeoplesCommittee,
    Office,
    School,
    HealthStation,
    Police,
    ResidentialGroup,
    Enterprise,
    Cooperative,
    MassOrganization,
    CommunityDigitalTeam,
    Other,
}
