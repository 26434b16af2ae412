using System.Net.Http.Json;
using System.Text.Json;
using PredictMaint.Platform.Contracts;
using PredictMaint.Ticketing.Api;

namespace PredictMaint.Ticketing.Tests.Fixtures;

/// <summary>The wire formats, through the same source-generated serializers the service uses.</summary>
public static class TicketingHttp
{
    public static Task<HttpResponseMessage> PostPredictionAsync(this HttpClient client, Prediction prediction) =>
        client.PostAsync(new Uri("/api/predictions", UriKind.Relative), JsonContent.Create(prediction, ContractsJsonContext.Default.Prediction));

    public static async Task<TicketDto> ReadTicketAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync(TicketingJsonContext.Default.TicketDto)
        ?? throw new InvalidOperationException("The response held no ticket.");

    public static async Task<IReadOnlyList<TicketDto>> GetTicketsAsync(this HttpClient client, string query)
    {
        using var response = await client.GetAsync(new Uri("/api/tickets" + query, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync(TicketingJsonContext.Default.IReadOnlyListTicketDto)
            ?? throw new InvalidOperationException("The response held no ticket list.");
    }

    /// <summary>Posts a transition as raw JSON; <paramref name="version"/> null sends no If-Match.</summary>
    public static async Task<HttpResponseMessage> TransitionAsync(this HttpClient client, Guid ticketId, int? version, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/tickets/{ticketId}/transitions", UriKind.Relative))
        {
            Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json"),
        };
        if (version is { } v)
        {
            request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{v}\""));
        }

        return await client.SendAsync(request);
    }

    /// <summary>Merges <paramref name="duplicate"/> (at its version) into <paramref name="into"/>.</summary>
    public static async Task<HttpResponseMessage> MergeAsync(this HttpClient client, TicketDto duplicate, Guid into, string note = "same leak")
    {
        ArgumentNullException.ThrowIfNull(duplicate);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/tickets/{duplicate.Id}/merge", UriKind.Relative))
        {
            Content = new StringContent($$"""{"into":"{{into}}","note":"{{note}}"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{duplicate.Version}\""));
        return await client.SendAsync(request);
    }

    /// <summary>Posts a transition and insists it succeeded; returns the new ticket.</summary>
    public static async Task<TicketDto> TransitionOkAsync(this HttpClient client, TicketDto ticket, string json)
    {
        using var response = await client.TransitionAsync(ticket.Id, ticket.Version, json);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{json} → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return await response.ReadTicketAsync();
    }

    public static async Task<string?> ReadProblemDetailAsync(this HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.TryGetProperty("detail", out var detail) ? detail.GetString() : null;
    }

    /// <summary>The field names of a validation problem's <c>errors</c> object.</summary>
    public static async Task<IReadOnlyList<string>> ReadProblemFieldsAsync(this HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. document.RootElement.GetProperty("errors").EnumerateObject().Select(p => p.Name)];
    }
}
