using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PredictMaint.Ticketing.Persistence;

/// <summary>Stores a <see cref="DateTimeOffset"/> as UTC ticks; values come back with offset zero.</summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
