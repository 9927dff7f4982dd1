namespace Beacon.Domain.SectorLed;

/// <summary>Where a self-assessment is in its cycle.</summary>
public enum SelfAssessmentStatus
{
    /// <summary>Being written: not every sign-off role has signed what it now says.</summary>
    Draft,

    /// <summary>Every sign-off role has signed what it now says.</summary>
    SignedOff,

    /// <summary>Signed off and shared with the region's moderation panel.</summary>
    SharedForModeration,

    /// <summary>The panel has recorded its challenge and moderated grades.</summary>
    Moderated,
}
