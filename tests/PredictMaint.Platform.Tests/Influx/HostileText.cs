using FsCheck;
using FsCheck.Fluent;

namespace PredictMaint.Platform.Tests.Influx;

/// <summary>Strings built mostly from the characters that line protocol and InfluxQL treat specially.</summary>
public static class HostileText
{
    private static readonly string[] Pieces =
    [
        ",", " ", "=", "\"", "'", "\\", "\\\\", "\n", "\r", "\t", "#", "$", "/", ";", "--", "\0",
        "ü", "漢字", "🙂", "x", "ab", "DROP", "OR", "=~", "*",
    ];

    /// <summary>The fixed cases every test should see.</summary>
    public static IReadOnlyList<string> Examples { get; } =
    [
        "a,b c=d",
        "\"quoted\" and 'single'",
        @"back\slash",
        @"a\,b\ c\=d",
        @"\\double",
        @"\ leading",
        "ü漢字🙂",
        "x' OR device =~ /.*/ --",
        "\"; DROP DATABASE x; --",
        "tab\tand\0nul",
        " leading and trailing ",
        "#not a comment",
        "$param",
    ];

    public static Gen<string> Generator { get; } =
        Gen.Frequency(
                (4, Gen.Elements(Pieces)),
                (1, ArbMap.Default.GeneratorFor<char>().Where(c => !char.IsSurrogate(c)).Select(c => c.ToString())))
            .ListOf()
            .Select(parts => string.Concat(parts));
}
