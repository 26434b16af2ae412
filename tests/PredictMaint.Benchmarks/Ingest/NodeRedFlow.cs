using System.Globalization;
using System.Text.Json.Nodes;

namespace PredictMaint.Benchmarks.Ingest;

/// <summary>
/// The peer's flow: MQTT in (QoS 1, JSON) → join (as many messages as make one benchmark batch, or
/// 200 ms) → function (samples to points, tags and fields as ingest writes them) → InfluxDB batch
/// out (node-red-contrib-influxdb, 1.x API). A per-point flow (one write per sample) is far slower
/// and loses bursts, so the peer gets the same batching as ingest.
/// </summary>
internal static class NodeRedFlow
{
    private const string ToPoints = """
        const points = [];
        for (const m of msg.payload) {
            for (const s of m.samples) {
                const fields = { seq: m.seq };
                for (const k in s) { if (k !== 'ts') { fields[k] = s[k]; } }
                points.push({ measurement: 'telemetry', tags: { site: m.site, device: m.device, model: m.model }, fields, timestamp: Date.parse(s.ts) });
            }
        }
        msg.payload = points;
        return msg;
        """;

    public static string Build(int brokerPort, int influxPort, string database, int messagesPerBatch)
    {
        static JsonObject Node(string id, string type, string? next, params (string Key, JsonNode? Value)[] properties)
        {
            var node = new JsonObject { ["id"] = id, ["type"] = type, ["z"] = "bench", ["x"] = 100, ["y"] = 100 };
            foreach (var (key, value) in properties)
            {
                node[key] = value;
            }

            node["wires"] = next is null ? new JsonArray(new JsonArray()) : new JsonArray(new JsonArray(next));
            return node;
        }

        var flow = new JsonArray
        {
            new JsonObject { ["id"] = "bench", ["type"] = "tab", ["label"] = "bench" },
            new JsonObject
            {
                ["id"] = "broker", ["type"] = "mqtt-broker", ["broker"] = "127.0.0.1", ["port"] = brokerPort.ToString(CultureInfo.InvariantCulture),
                ["clientid"] = "bench-nodered", ["usetls"] = false, ["protocolVersion"] = "4", ["keepalive"] = "60", ["cleansession"] = false,
                ["autoConnect"] = true,
            },
            new JsonObject
            {
                ["id"] = "influx", ["type"] = "influxdb", ["hostname"] = "127.0.0.1", ["port"] = influxPort.ToString(CultureInfo.InvariantCulture),
                ["protocol"] = "http", ["database"] = database, ["name"] = "bench", ["usetls"] = false, ["influxdbVersion"] = "1.x",
            },
            Node("in", "mqtt in", "join", ("topic", "pm/v1/+/+/telemetry"), ("qos", "1"), ("datatype", "json"), ("broker", "broker"), ("nl", false), ("rap", true), ("rh", 0), ("inputs", 0)),
            Node(
                "join", "join", "points", ("mode", "custom"), ("build", "array"), ("property", "payload"), ("propertyType", "msg"), ("key", "topic"),
                ("joiner", "\\n"), ("joinerType", "str"), ("accumulate", false), ("timeout", "0.2"), ("count", messagesPerBatch.ToString(CultureInfo.InvariantCulture)),
                ("reduceRight", false), ("reduceExp", ""), ("reduceInit", ""), ("reduceInitType", ""), ("reduceFixup", ""), ("useparts", false)),
            Node("points", "function", "out", ("func", ToPoints), ("outputs", 1), ("noerr", 0)),
            Node("out", "influxdb batch", null, ("influxdb", "influx"), ("precision", "ms"), ("retentionPolicy", "")),
        };
        return flow.ToJsonString();
    }
}
