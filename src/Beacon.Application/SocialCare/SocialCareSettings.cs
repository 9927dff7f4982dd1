using Beacon.Domain.SocialCare;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Application.SocialCare;

/// <summary>What the authority sets for its social care pages, with Beacon's defaults.</summary>
public static class SocialCareSettings
{
    /// <summary>The threshold below which published counts are suppressed (configuration <c>Beacon:Publication:SuppressBelow</c>).</summary>
    public static int Threshold(IServiceProvider services) =>
        Configuration(services).GetValue("Beacon:Publication:SuppressBelow", PublishedCount.DefaultThreshold);

    /// <summary>The stages of the IRO dispute resolution process (configuration <c>Beacon:IroDisputes:Stages</c>).</summary>
    public static IReadOnlyList<DisputeStage> DisputeStages(IServiceProvider services) =>
        Configuration(services).GetSection("Beacon:IroDisputes:Stages").Get<List<DisputeStage>>() is { Count: > 0 } stages
            ? stages
            : IroDisputeProcess.DefaultStages;

    /// <summary>The authority's proportionate re-inspection rules (configuration <c>Beacon:Inspections</c>).</summary>
    public static InspectionIntervals InspectionIntervals(IServiceProvider services) =>
        Configuration(services).GetSection("Beacon:Inspections").Get<InspectionIntervals>() ?? new InspectionIntervals();

    /// <summary>The authority's target for a practice measure (configuration <c>Beacon:SocialCare:Targets:{code}</c>), else Beacon's.</summary>
    public static MeasureTarget? Target(IServiceProvider services, string code) =>
        Configuration(services).GetSection($"Beacon:SocialCare:Targets:{code}").Get<MeasureTarget>()
        ?? MeasureTarget.Defaults.GetValueOrDefault(code);

    private static IConfiguration Configuration(IServiceProvider services) => services.GetRequiredService<IConfiguration>();
}
