using System.Text;
using System.Text.RegularExpressions;

namespace PredictMaint.Testing.Mail;

/// <summary>
/// One mail as the SMTP sink stored it, with headers and a decoded single-part body. Enough
/// MIME for what our services send (text/plain, base64 or quoted-printable, UTF-8 encoded
/// words in headers); not a general parser.
/// </summary>
public sealed partial record CapturedMail(IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string To => Header("To");

    public string Subject => DecodeWords(Header("Subject"));

    public string Header(string name) => Headers.TryGetValue(name, out var value) ? value : string.Empty;

    public static CapturedMail Parse(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var text = raw.Replace("\r\n", "\n", StringComparison.Ordinal);
        var split = text.IndexOf("\n\n", StringComparison.Ordinal);
        var head = split < 0 ? text : text[..split];
        var body = split < 0 ? string.Empty : text[(split + 2)..];
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? last = null;
        foreach (var line in head.Split('\n'))
        {
            if (line.Length > 0 && char.IsWhiteSpace(line[0]) && last is not null)
            {
                headers[last] += " " + line.Trim();
            }
            else if (line.IndexOf(':', StringComparison.Ordinal) is var colon and > 0)
            {
                last = line[..colon].Trim();
                headers[last] = line[(colon + 1)..].Trim();
            }
        }

        var encoding = headers.TryGetValue("Content-Transfer-Encoding", out var e) ? e.Trim().ToUpperInvariant() : string.Empty;
        var decoded = encoding switch
        {
            "BASE64" => Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(body.Where(c => !char.IsWhiteSpace(c))))),
            "QUOTED-PRINTABLE" => DecodeQuotedPrintable(body),
            _ => body,
        };
        return new CapturedMail(headers, decoded);
    }

    private static string DecodeQuotedPrintable(string body)
    {
        var bytes = new List<byte>();
        var joined = body.Replace("=\n", string.Empty, StringComparison.Ordinal);
        for (var i = 0; i < joined.Length; i++)
        {
            if (joined[i] == '=' && i + 2 < joined.Length && Uri.IsHexDigit(joined[i + 1]) && Uri.IsHexDigit(joined[i + 2]))
            {
                bytes.Add(Convert.ToByte(joined.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(joined[i].ToString()));
            }
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }

    // Adjacent encoded words are one text: the whitespace between them is not part of it (RFC 2047).
    private static string DecodeWords(string value) => EncodedWord().Replace(WordGap().Replace(value, "?==?"), match =>
    {
        var payload = match.Groups["text"].Value;
        return match.Groups["kind"].Value.Equals("B", StringComparison.OrdinalIgnoreCase)
            ? Encoding.UTF8.GetString(Convert.FromBase64String(payload))
            : DecodeQuotedPrintable(payload.Replace('_', ' '));
    });

    [GeneratedRegex(@"\?=\s+=\?")]
    private static partial Regex WordGap();

    [GeneratedRegex(@"=\?utf-8\?(?<kind>[BQ])\?(?<text>[^?]*)\?=", RegexOptions.IgnoreCase)]
    private static partial Regex EncodedWord();
}
