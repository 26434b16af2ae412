using System.Globalization;
using System.Text;

namespace PredictMaint.Predictor.Scoring;

/// <summary>
/// An InfluxQL <c>WHERE</c> clause that selects exactly the devices given, with the ids as bound
/// parameters (<c>$s0</c>, <c>$d0</c>, …), so an id is data and never query syntax.
/// </summary>
public static class DeviceFilter
{
    /// <summary><c>(site = $s0 AND device = $d0) OR …</c> and the values of its parameters.</summary>
    public static (string Where, Dictionary<string, object> Parameters) For(IReadOnlyList<DeviceKey> devices)
    {
        ArgumentNullException.ThrowIfNull(devices);
        var where = new StringBuilder();
        var parameters = new Dictionary<string, object>(devices.Count * 2, StringComparer.Ordinal);
        for (var i = 0; i < devices.Count; i++)
        {
            where.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? string.Empty : " OR ")}(site = $s{i} AND device = $d{i})");
            parameters[string.Create(CultureInfo.InvariantCulture, $"s{i}")] = devices[i].SiteId;
            parameters[string.Create(CultureInfo.InvariantCulture, $"d{i}")] = devices[i].DeviceId;
        }

        return (where.ToString(), parameters);
    }
}
