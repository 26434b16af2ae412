namespace PredictMaint.FirmwareSim.GroundTruth;

/// <summary>
/// A device that stored samples but has no ground truth in the report (e.g. an edge agent reading
/// the Modbus simulator on its own clock): counted, never judged.
/// </summary>
internal sealed record UnjudgedDevice(string DeviceId, long SamplesStored, int Tickets);
