namespace PredictMaint.Platform.Influx;

/// <summary>One series of a query result: a measurement, the GROUP BY tags, and rows with one value per column.</summary>
public sealed class InfluxSeries
{
    public InfluxSeries(string name, IReadOnlyDictionary<string, string> tags, IReadOnlyList<string> columns, IReadOnlyList<InfluxRow> rows)
    {
        Name = name;
        Tags = tags;
        Columns = columns;
        Rows = rows;
    }

    public string Name { get; }

    /// <summary>The tags of a GROUP BY series; empty otherwise.</summary>
    public IReadOnlyDictionary<string, string> Tags { get; }

    public IReadOnlyList<string> Columns { get; }

    public IReadOnlyList<InfluxRow> Rows { get; }

    /// <summary>Which statement of a multi-statement query produced this series (0 for the first).</summary>
    public int StatementId { get; init; }
}
