using System.Text.Json.Serialization;

namespace PredictMaint.Ticketing.Booking;

[JsonSerializable(typeof(SmsRequest))]
public sealed partial class SmsJsonContext : JsonSerializerContext;
