namespace Beacon.Domain.Equality;

/// <summary>What an equality impact assessment assesses.</summary>
public enum EqualitySubject
{
    Proposal,
    Policy,
    Service,
}
