package org.receptionbot.adapters.weather;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** GET a JSON document with timeouts; failures become a reason, never an exception. */
final class JsonHttp {

    /** The parsed body, or why there is none. */
    record Answer(JsonNode body, String failure) {}

    private final HttpClient client;
    private final Duration timeout;
    private final JsonMapper mapper = JsonMapper.builder().build();

    JsonHttp(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    Answer get(URI uri, Map<String, String> headers) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri).timeout(timeout).header("Accept-Encoding", "gzip");
        headers.forEach(request::header);
        try {
            HttpResponse<InputStream> response =
                    client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = decoded(response)) {
                if (response.statusCode() != 200) return new Answer(null, "HTTP " + response.statusCode());
                return new Answer(mapper.readTree(body), null);
            }
        } catch (IOException | JacksonException e) {
            return new Answer(null, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(null, "interrupted");
        }
    }

    private static InputStream decoded(HttpResponse<InputStream> response) throws IOException {
        boolean gzip = response.headers()
                .firstValue("Content-Encoding")
                .filter("gzip"::equalsIgnoreCase)
                .isPresent();
        return gzip ? new GZIPInputStream(response.body()) : response.body();
    }
}
