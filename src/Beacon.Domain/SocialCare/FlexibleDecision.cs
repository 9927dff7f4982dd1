namespace Beacon.Domain.SocialCare;

/// <summary>
/// What the flexible-assessment direction (seed 000) lets a council decide for a child: the lead social worker sets
/// an assessment's timescale; the social work manager sets the date of the initial child protection conference.
/// </summary>
public enum FlexibleDecision
{
    AssessmentTimescale,
    ConferenceDate,
}
