using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.Protocol;

internal sealed class OfficerJudgementConfiguration : IEntityTypeConfiguration<OfficerJudgement>
{
    public void Configure(EntityTypeBuilder<OfficerJudgement> judgement)
    {
        judgement.ToTable("officer_judgements");
        judgement.HasIndex(j => new { j.ReviewId, j.Urn });
    }
}
