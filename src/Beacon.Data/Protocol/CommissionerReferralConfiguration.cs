using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.Protocol;

internal sealed class CommissionerReferralConfiguration : IEntityTypeConfiguration<CommissionerReferral>
{
    public void Configure(EntityTypeBuilder<CommissionerReferral> referral)
    {
        referral.ToTable("commissioner_referrals");
        referral.HasIndex(r => r.Urn);
    }
}
