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
    /// <param name="firstIndex">Number of the first parameter pair, so several statements of one request can each have their own.</param>
    public static (string Where, Dictionary<string, object> Parameters) For(IReadOnlyList<DeviceKey> devices, int firstIndex = 0)
    {
        ArgumentNullException.ThrowIfNull(devices);
        var where = new StringBuilder();
        var parameters = new Dictionary<string, object>(devices.Count * 2, StringComparer.Ordinal);
        for (var i = 0; i < devices.Count; i++)
        {
            var n = firstIndex + i;
            where.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? string.Empty : " OR ")}(site = $s{n} AND device = $d{n})");
            parameters[string.Create(CultureInfo.InvariantCulture, $"s{n}")] = devices[i].SiteId;
            parameters[string.Create(CultureInfo.InvariantCulture, $"d{n}")] = devices[i].DeviceId;
        }

        return (where.ToString(), parameters);
    }
}
