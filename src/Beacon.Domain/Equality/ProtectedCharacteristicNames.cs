namespace Beacon.Domain.Equality;

/// <summary>The characteristics as the Act and the assessment form name them.</summary>
public static class ProtectedCharacteristicNames
{
    public static string Name(this ProtectedCharacteristic characteristic) =>
        characteristic switch
        {
            ProtectedCharacteristic.Age => "Age",
            ProtectedCharacteristic.Disability => "Disability",
            ProtectedCharacteristic.GenderReassignment => "Gender reassignment",
            ProtectedCharacteristic.MarriageAndCivilPartnership => "Marriage and civil partnership",
            ProtectedCharacteristic.PregnancyAndMaternity => "Pregnancy and maternity",
            ProtectedCharacteristic.Race => "Race",
            ProtectedCharacteristic.ReligionOrBelief => "Religion or belief",
            ProtectedCharacteristic.Sex => "Sex",
            ProtectedCharacteristic.SexualOrientation => "Sexual orientation",
            _ => throw new ArgumentOutOfRangeException(nameof(characteristic), characteristic, null),
        };
}
