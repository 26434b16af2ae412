using System.Net.Http.Headers;
using System.Net.Http.Json;
using PredictMaint.Platform.Contracts;

namespace PredictMaint.Predictor.Scoring;

/// <summary>Sends predictions to ticketing's <c>POST /api/predictions</c>.</summary>
public sealed class TicketingClient(HttpClient http, PredictorOptions options)
{
    public async Task SendAsync(Prediction prediction, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(options.TicketingUrl!, "api/predictions"))
        {
            Content = JsonContent.Create(prediction, ContractsJsonContext.Default.Prediction),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.TicketingApiKey);
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new HttpRequestException($"ticketing refused the prediction for {prediction.DeviceId}/{prediction.Component}: {(int)response.StatusCode} {body}", null, response.StatusCode);
        }
    }
}
