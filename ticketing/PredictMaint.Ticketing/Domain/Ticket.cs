using PredictMaint.Platform.Contracts;

namespace PredictMaint.Ticketing.Domain;

/// <summary>
/// A unit of maintenance work for one component of one device, and the evidence behind it.
/// State only changes through methods so the invariants (one open ticket per device and
/// component, priority never lowered by evidence) live here and not in callers.
/// All times are stored in UTC.
/// </summary>
public sealed partial class Ticket
{
    // For the persistence layer, which sets the properties itself.
    private Ticket()
    {
        SiteId = DeviceId = Component = ModelVersion = Reason = string.Empty;
    }

    public Guid Id { get; private set; }

    public TicketKind Kind { get; private set; }

    public TicketState State { get; private set; }

    /// <summary>Mirrors <see cref="TicketStates.IsOpen"/> so storage can index open tickets.</summary>
    public bool IsOpen { get; private set; }

    public string SiteId { get; private set; }

    public string DeviceId { get; private set; }

    public string Component { get; private set; }

    public Priority Priority { get; private set; }

    public DateTimeOffset PredictedFailureAt { get; private set; }

    public DateTimeOffset FailureWindowStart { get; private set; }

    public DateTimeOffset FailureWindowEnd { get; private set; }

    public double Confidence { get; private set; }

    public string ModelVersion { get; private set; }

    public string Reason { get; private set; }

    /// <summary>The series behind the newest prediction, when the predictor sent one.</summary>
    public PredictionEvidence? Evidence { get; private set; }

    /// <summary>Device time of the first evidence.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Device time of the newest evidence.</summary>
    public DateTimeOffset UpdatedAt { get; private set; }

    public int PredictionCount { get; private set; }

    /// <summary>Server time the first evidence arrived.</summary>
    public DateTimeOffset FirstReceivedAt { get; private set; }

    /// <summary>Server time the latest evidence arrived.</summary>
    public DateTimeOffset LastReceivedAt { get; private set; }

    /// <summary>Incremented on every change; storage uses it to detect lost updates.</summary>
    public int Version { get; private set; }

    /// <summary>A preventive ticket raised by a prediction, waiting for a planner.</summary>
    public static Ticket Propose(Guid id, Prediction prediction, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(prediction);
        var ticket = new Ticket
        {
            Id = id,
            Kind = TicketKind.Preventive,
            State = TicketState.Proposed,
            IsOpen = TicketState.Proposed.IsOpen(),
            SiteId = prediction.SiteId,
            DeviceId = prediction.DeviceId,
            Component = prediction.Component,
            Priority = PriorityPolicy.ForLeadTime(PredictionIntake.LeadTime(prediction)),
            CreatedAt = prediction.IssuedAt.ToUniversalTime(),
            PredictionCount = 1,
            FirstReceivedAt = receivedAt.ToUniversalTime(),
            LastReceivedAt = receivedAt.ToUniversalTime(),
            Version = 1,
        };
        ticket.TakeEvidence(prediction);
        return ticket;
    }

    /// <summary>
    /// A ticket for something already wrong (corrective, sensor fault, customer report). The
    /// failure is "now", so the predicted time and window are the report time.
    /// </summary>
    public static Ticket Report(Guid id, TicketKind kind, string siteId, string deviceId, string component, Priority priority, string description, DateTimeOffset reportedAt)
    {
        if (kind == TicketKind.Preventive)
        {
            throw new ArgumentException("Preventive tickets come from predictions.", nameof(kind));
        }

        var at = reportedAt.ToUniversalTime();
        return new Ticket
        {
            Id = id,
            Kind = kind,
            State = TicketState.Proposed,
            IsOpen = true,
            SiteId = siteId,
            DeviceId = deviceId,
            Component = component,
            Priority = priority,
            PredictedFailureAt = at,
            FailureWindowStart = at,
            FailureWindowEnd = at,
            Confidence = 1,
            ModelVersion = string.Empty,
            Reason = description,
            CreatedAt = at,
            UpdatedAt = at,
            FirstReceivedAt = at,
            LastReceivedAt = at,
            Version = 1,
        };
    }

    /// <summary>Adds another prediction for this ticket's device and component.</summary>
    public IntakeAction RecordPrediction(Prediction prediction, DateTimeOffset receivedAt)
    {
        var action = PredictionIntake.Decide(this, prediction);
        if (action == IntakeAction.CreateTicket)
        {
            throw new InvalidOperationException($"Ticket {Id} is {State} and takes no more evidence.");
        }

        if (action == IntakeAction.UpdateTicket)
        {
            TakeEvidence(prediction);
        }

        if (action == IntakeAction.MergeIntoExisting)
        {
            MergedPredictionCount++;
        }

        Priority = PriorityPolicy.MostUrgent(Priority, PriorityPolicy.ForLeadTime(PredictionIntake.LeadTime(prediction)));
        PredictionCount++;
        LastReceivedAt = receivedAt.ToUniversalTime();
        Version++;
        return action;
    }

    private void TakeEvidence(Prediction prediction)
    {
        PredictedFailureAt = prediction.PredictedFailureAt.ToUniversalTime();
        FailureWindowStart = prediction.FailureWindowStart.ToUniversalTime();
        FailureWindowEnd = prediction.FailureWindowEnd.ToUniversalTime();
        Confidence = prediction.Confidence;
        ModelVersion = prediction.ModelVersion;
        Reason = prediction.Reason;
        Evidence = prediction.Evidence;
        UpdatedAt = prediction.IssuedAt.ToUniversalTime();
    }
}
