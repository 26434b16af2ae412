using PredictMaint.Ticketing.Domain;

namespace PredictMaint.Ticketing.Api;

/// <summary>Turns a transition body into a domain request, naming every malformed field.</summary>
public static class TransitionBodyMapper
{
    public static (TransitionRequest? Request, Dictionary<string, string[]> Errors) Map(TransitionBody? body)
    {
        var errors = new Dictionary<string, string[]>();
        if (body is null)
        {
            errors["body"] = ["A transition object is required."];
            return (null, errors);
        }

        if (!EnumNames.TryParse<TicketAction>(body.Action, out var action))
        {
            errors["action"] = [$"'action' must be one of {EnumNames.List<TicketAction>()}."];
        }

        RejectionReason? reason = null;
        if (body.ReasonCode is not null)
        {
            if (EnumNames.TryParse<RejectionReason>(body.ReasonCode, out var parsed))
            {
                reason = parsed;
            }
            else
            {
                errors["reason_code"] = [$"'reason_code' must be one of {EnumNames.List<RejectionReason>()}."];
            }
        }

        TechnicianFindings? findings = null;
        if (body.Findings is { } f)
        {
            if (!EnumNames.TryParse<FindingCondition>(f.Condition, out var condition))
            {
                errors["findings.condition"] = [$"'findings.condition' must be one of {EnumNames.List<FindingCondition>()}."];
            }

            findings = new TechnicianFindings(f.PartReplaced ?? string.Empty, condition, f.ReadingsAfterFix ?? []);
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new TransitionRequest(action)
        {
            RejectionReason = reason,
            Note = body.Note,
            SlotStart = body.SlotStart,
            TechnicianId = body.TechnicianId,
            Findings = findings,
            CustomerConfirmed = body.CustomerConfirmed,
            DepotId = body.DepotId,
        }, errors);
    }
}
