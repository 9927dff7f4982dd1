namespace Beacon.Domain.Equality;

/// <summary>The nine protected characteristics of the Equality Act 2010 (section 4), in the Act's order.</summary>
public enum ProtectedCharacteristic
{
    Age,
    Disability,
    GenderReassignment,
    MarriageAndCivilPartnership,
    PregnancyAndMaternity,
    Race,
    ReligionOrBelief,
    Sex,
    SexualOrientation,
}
