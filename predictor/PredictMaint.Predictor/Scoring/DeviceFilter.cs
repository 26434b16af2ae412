using System.Globalization;
using System.Text;

namespace PredictMaint.Predictor.Scoring;

/// <summary>
/// An InfluxQL <c>WHERE</c> clause that selects exactly <paramref name="Devices"/>, with the ids as
/// bound parameters (<c>$s0</c>, <c>$d0</c>, …), so an id is data and never query syntax.
/// </summary>
public sealed record DeviceFilter(IReadOnlyList<DeviceKey> Devices)
{
    /// <summary><c>(site = $s0 AND device = $d0) OR …</c>.</summary>
    public string Where
    {
        get
        {
            var where = new StringBuilder();
            for (var i = 0; i < Devices.Count; i++)
            {
                where.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? string.Empty : " OR ")}(site = $s{i} AND device = $d{i})");
            }

            return where.ToString();
        }
    }

    public IReadOnlyDictionary<string, object> Parameters
    {
        get
        {
            var parameters = new Dictionary<string, object>(Devices.Count * 2, StringComparer.Ordinal);
            for (var i = 0; i < Devices.Count; i++)
            {
                parameters[string.Create(CultureInfo.InvariantCulture, $"s{i}")] = Devices[i].SiteId;
                parameters[string.Create(CultureInfo.InvariantCulture, $"d{i}")] = Devices[i].DeviceId;
            }

            return parameters;
        }
    }
}
