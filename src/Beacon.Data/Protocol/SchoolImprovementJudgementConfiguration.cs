using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.Protocol;

internal sealed class SchoolImprovementJudgementConfiguration : IEntityTypeConfiguration<SchoolImprovementJudgement>
{
    public void Configure(EntityTypeBuilder<SchoolImprovementJudgement> entity) => entity.ToTable("school_improvement_judgements");
}
