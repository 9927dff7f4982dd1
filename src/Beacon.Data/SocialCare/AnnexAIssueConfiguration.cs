using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.SocialCare;

internal sealed class AnnexAIssueConfiguration : IEntityTypeConfiguration<AnnexAIssue>
{
    public void Configure(EntityTypeBuilder<AnnexAIssue> issue)
    {
        issue.ToTable("annex_a_issues");
    }
}
