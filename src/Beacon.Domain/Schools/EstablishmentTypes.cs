namespace Beacon.Domain.Schools;

/// <summary>What a school's published type of establishment (Get Information about Schools) says about who answers for it.</summary>
public static class EstablishmentTypes
{
    // Free schools, university technical colleges, studio schools and city technology colleges are academies in law.
    private static readonly string[] AcademyWords =
    [
        "academy",
        "free school",
        "university technical college",
        "studio school",
        "city technology college",
    ];

    /// <summary>
    /// An academy, which the local authority cannot give a Warning Notice under section 60 of the Education and
    /// Inspections Act 2006; its concerns go to the Regional Schools Commissioner.
    /// </summary>
    public static bool IsAcademy(string? type) =>
        type is not null && AcademyWords.Any(w => type.Contains(w, StringComparison.OrdinalIgnoreCase));
}
