namespace Beacon.Domain;

/// <summary>Text a record cannot be made without: a person's, a child's or a reason's.</summary>
public static class RequiredText
{
    /// <summary>
    /// One problem for every field left blank, coded by the field, with the message GOV.UK's pattern gives it
    /// ("Enter ..."); null when every field has text.
    /// </summary>
    public static Problem? Missing(params (string Field, string? Value, string Message)[] fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var blank = fields.Where(f => string.IsNullOrWhiteSpace(f.Value)).Select(f => new Problem(f.Field, f.Message)).ToList();
        return blank.Count == 0 ? null : new Problem(blank[0].Code, blank[0].Message) { Details = blank };
    }
}
