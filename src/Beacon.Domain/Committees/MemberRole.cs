namespace Beacon.Domain.Committees;

/// <summary>How a person sits on a committee.</summary>
public enum MemberRole
{
    Chair,
    ViceChair,
    Councillor,
    CoOpted,
    YoungPeoplesRepresentative,
}

public static class MemberRoles
{
    public static string Name(this MemberRole role) =>
        role switch
        {
            MemberRole.Chair => "Chair",
            MemberRole.ViceChair => "Vice-Chair",
            MemberRole.Councillor => "Councillor",
            MemberRole.CoOpted => "Co-opted member",
            _ => "Young people's representative",
        };
}
