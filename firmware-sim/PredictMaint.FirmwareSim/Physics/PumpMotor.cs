namespace PredictMaint.FirmwareSim.Physics;

/// <summary>
/// Electrical current of the booster pump's DC motor from the hydraulic work it does.
/// </summary>
/// <remarks>
/// Hydraulic power P_h = Q · H with Q in m³/s and H the pressure the pump adds (the membrane's
/// working pressure plus the filter's drop), in Pa. The motor draws
/// I = (P_0 + P_h / (η_0 · (1 − d))) / U, where P_0 is the no-load loss, η_0 the new
/// wire-to-water efficiency and d ∈ [0, 1) the degradation: d = wear + fouling, wear growing with
/// running hours (seals, bushings) and fouling with pumped volume (deposits on the impeller).
/// End of life is d ≥ <see cref="EndOfLifeDegradation"/> (current at rated duty about 40 % above new).
/// Dry running has no hydraulic load: I = P_0 / U. A seized rotor draws the locked-rotor
/// current for an instant and the thermal cut-out trips.
/// </remarks>
internal sealed record PumpMotor(
    double WearPerRunningHour,
    double FoulingPerLitre,
    double SupplyVolts = 24.0,
    double NoLoadWatts = 10.0,
    double NewEfficiency = 0.35,
    double MembranePressureKpa = 150.0,
    double EndOfLifeDegradation = 0.3,
    double LockedRotorAmps = 8.0)
{
    public double CurrentAmps(double flowLitresPerMinute, double filterPressureDropKpa, double degradation)
    {
        var hydraulicWatts = (flowLitresPerMinute / 60_000.0) * (MembranePressureKpa + filterPressureDropKpa) * 1000.0;
        var efficiency = NewEfficiency * (1.0 - Math.Clamp(degradation, 0.0, 0.9));
        return (NoLoadWatts + (hydraulicWatts / efficiency)) / SupplyVolts;
    }

    /// <summary>Current while running without water (dry run): no hydraulic load.</summary>
    public double DryRunAmps => NoLoadWatts / SupplyVolts;

    /// <summary>Degradation added by one interval of running that pumped <paramref name="litres"/>.</summary>
    public double DegradationIncrement(double runningHours, double litres) =>
        (WearPerRunningHour * runningHours) + (FoulingPerLitre * litres);
}
