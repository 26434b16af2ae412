using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using PredictMaint.Platform.Influx;

namespace PredictMaint.Platform.Tests.Influx.LineProtocol;

public sealed partial class LineProtocolEscaperTests
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(1000);

    [Fact]
    public void Encode_AnyWritableText_ReferenceParserDecodesSameValues()
    {
        var property = Prop.ForAll(Arb.From(HostileText.Generator), text =>
        {
            PointData point;
            try
            {
                point = PointData.Measurement("m" + text).Tag("t" + text, "v" + text).Field("f" + text, text).Field("n", 1L);
            }
            catch (ArgumentException)
            {
                // Only the documented unwritable cases may be refused.
                return text.Contains('\n', StringComparison.Ordinal) || text.Contains('\r', StringComparison.Ordinal) || text.EndsWith('\\')
                    || BackslashBeforeDelimiter().IsMatch(text);
            }

            var line = ReferenceLineParser.Parse(point.ToLineProtocol());
            return line.Measurement == "m" + text
                && line.Tags.Single() == ("t" + text, "v" + text)
                && line.Fields[0] == ("f" + text, text)
                && line.Fields[1] == ("n", "1i");
        });

        Check.One(Config, property);
    }

    [Fact]
    public void Encode_StringFieldWithAnyText_ReferenceParserDecodesSameValue()
    {
        var property = Prop.ForAll(Arb.From(HostileText.Generator), text =>
            ReferenceLineParser.Parse(PointData.Measurement("m").Field("s", text).ToLineProtocol()).Fields.Single() == ("s", text));

        Check.One(Config, property);
    }

    [GeneratedRegex(@"\\[,= ""]")]
    private static partial Regex BackslashBeforeDelimiter();
}
