using System.IO.Compression;
using System.Net;
using System.Text;

namespace PredictMaint.Platform.Influx.Writing;

/// <summary>
/// A write body produced while it is sent: points are encoded into a small reusable buffer and flushed to the
/// network (through gzip when asked), so a batch never exists twice in memory as one big string or byte array.
/// </summary>
internal sealed class LineProtocolContent : HttpContent
{
    private const int FlushThresholdChars = 16 * 1024;
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly IReadOnlyCollection<PointData>? _points;
    private readonly string? _lines;
    private readonly ReadOnlyMemory<byte> _utf8;
    private readonly WritePrecision _precision;
    private readonly bool _gzip;

    private LineProtocolContent(IReadOnlyCollection<PointData>? points, string? lines, ReadOnlyMemory<byte> utf8, WritePrecision precision, bool gzip)
    {
        _points = points;
        _lines = lines;
        _utf8 = utf8;
        _precision = precision;
        _gzip = gzip;
        Headers.ContentType = new("text/plain") { CharSet = "utf-8" };
        if (gzip)
        {
            Headers.ContentEncoding.Add("gzip");
        }
    }

    public static LineProtocolContent FromPoints(IReadOnlyCollection<PointData> points, WritePrecision precision, bool gzip) =>
        new(points, null, default, precision, gzip);

    public static LineProtocolContent FromLines(string lines, bool gzip) => new(null, lines, default, WritePrecision.Nanoseconds, gzip);

    public static LineProtocolContent FromUtf8(ReadOnlyMemory<byte> lines, bool gzip) => new(null, null, lines, WritePrecision.Nanoseconds, gzip);

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        var target = _gzip ? new GZipStream(stream, CompressionLevel.Fastest, leaveOpen: true) : stream;
        try
        {
            if (_points is null && _lines is null)
            {
                await target.WriteAsync(_utf8, cancellationToken);
                return;
            }

            await using var writer = new StreamWriter(target, Utf8NoBom, bufferSize: 16 * 1024, leaveOpen: true);
            if (_lines is not null)
            {
                await writer.WriteAsync(_lines.AsMemory(), cancellationToken);
            }
            else
            {
                await WritePointsAsync(writer, cancellationToken);
            }

            await writer.FlushAsync(cancellationToken);
        }
        finally
        {
            if (_gzip)
            {
                await target.DisposeAsync();
            }
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        // Bytes sent as they are have a known length (no chunked encoding); anything else is produced while it is sent.
        length = _utf8.Length;
        return _points is null && _lines is null && !_gzip;
    }

    private async Task WritePointsAsync(StreamWriter writer, CancellationToken cancellationToken)
    {
        var buffer = new StringBuilder(FlushThresholdChars + 1024);
        foreach (var point in _points!)
        {
            point.WriteLineProtocol(buffer, _precision);
            buffer.Append('\n');
            if (buffer.Length >= FlushThresholdChars)
            {
                await writer.WriteAsync(buffer, cancellationToken);
                buffer.Clear();
            }
        }

        await writer.WriteAsync(buffer, cancellationToken);
    }
}
