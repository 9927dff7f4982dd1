namespace Beacon.Import.AnnexA;

/// <summary>A row of a list as Beacon keeps it: each column's cleaned value by its template name.</summary>
public sealed record AnnexARow(int List, long Row, string ChildId, IReadOnlyDictionary<string, string> Values);

/// <summary>
/// What Beacon changed to make a value the template's: a reworded header, a code in another form, a date in another
/// format. The same change on many rows is one fix: the first row it was made on, and how many rows; dates are one
/// fix for each form they were written in (<see cref="DateForm"/>), the first row's date standing for the rest.
/// </summary>
public sealed record AnnexAFix(int List, long Row, string Column, string From, string To, int Rows = 1, string? DateForm = null);

/// <summary>A problem in a list: a refused row (with its reason), or something an officer must look at.</summary>
public sealed record AnnexAProblem(int List, long Row, string? Column, string? Value, string Reason, bool Refused);

/// <summary>An extract read through the mapping: the clean rows, every fix, and every problem.</summary>
public sealed record AnnexAReading(IReadOnlyList<AnnexARow> Rows, IReadOnlyList<AnnexAFix> Fixes, IReadOnlyList<AnnexAProblem> Problems);
