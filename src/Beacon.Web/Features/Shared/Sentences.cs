namespace Beacon.Web.Features.Shared;

/// <summary>Messages the import readers write mid-sentence ("this format needs a dataset: …"), shown on a page as sentences.</summary>
public static class Sentences
{
    public static string Capitalised(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return sentence.Length == 0 ? sentence : string.Concat(sentence[..1].ToUpperInvariant(), sentence[1..]);
    }
}
