using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using PredictMaint.Platform.Contracts;

namespace PredictMaint.Predictor.Scoring;

/// <summary>Sends predictions and retractions to ticketing (<c>POST /api/predictions</c>, <c>…/retractions</c>).</summary>
public sealed class TicketingClient(HttpClient http, PredictorOptions options)
{
    public async Task SendAsync(Prediction prediction, CancellationToken cancellationToken = default)
    {
        using var response = await PostAsync("api/predictions", JsonContent.Create(prediction, ContractsJsonContext.Default.Prediction), cancellationToken);
        await EnsureSuccessAsync(response, $"the prediction for {prediction.DeviceId}/{prediction.Component}", cancellationToken);
    }

    /// <summary>
    /// Withdraws the prediction; true when an open ticket was flagged, false when there is none
    /// (already closed by the visit that fixed it), which is not an error.
    /// </summary>
    public async Task<bool> RetractAsync(PredictionRetraction retraction, CancellationToken cancellationToken = default)
    {
        using var response = await PostAsync("api/predictions/retractions", JsonContent.Create(retraction, PredictorJsonContext.Default.PredictionRetraction), cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }

        await EnsureSuccessAsync(response, $"the retraction for {retraction.DeviceId}/{retraction.Component}", cancellationToken);
        return true;
    }

    private async Task<HttpResponseMessage> PostAsync(string path, HttpContent content, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(options.TicketingUrl!, path)) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.TicketingApiKey);
        return await http.SendAsync(request, cancellationToken);
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new HttpRequestException($"ticketing refused {what}: {(int)response.StatusCode} {body}", null, response.StatusCode);
        }
    }
}
