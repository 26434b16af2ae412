using System.Globalization;
using System.Text;
using PredictMaint.Platform.Contracts;

namespace PredictMaint.FirmwareSim.Export;

/// <summary>
/// Writes telemetry as CSV: <c>ts,site,device,model,seq</c> then one column per
/// <see cref="TelemetryChannel"/> (units in the names), an empty cell for a null reading.
/// Invariant culture and ISO 8601 UTC timestamps, so the bytes depend on the data only.
/// </summary>
internal sealed class CsvTelemetryWriter : IDisposable
{
    private readonly StreamWriter _writer;
    private readonly StringBuilder _line = new();

    public CsvTelemetryWriter(Stream stream)
    {
        _writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
        _writer.WriteLine("ts,site,device,model,seq," + string.Join(',', TelemetryChannel.All.Select(c => c.FieldName)));
    }

    public long Rows { get; private set; }

    public void Write(TelemetryMessage message)
    {
        foreach (var sample in message.Samples)
        {
            _line.Clear();
            _line.Append(sample.Timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture))
                .Append(',').Append(message.SiteId).Append(',').Append(message.DeviceId).Append(',').Append(message.Model)
                .Append(',').Append(message.Sequence.ToString(CultureInfo.InvariantCulture));
            foreach (var channel in TelemetryChannel.All)
            {
                _line.Append(',');
                if (channel.Read(sample) is { } value)
                {
                    _line.Append(value.ToString("R", CultureInfo.InvariantCulture));
                }
            }

            _writer.WriteLine(_line);
            Rows++;
        }
    }

    public void Dispose() => _writer.Dispose();
}
