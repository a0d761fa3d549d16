package org.tidende.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A small HTTP client for tests: JSON in, status and JSON out. */
final class Http {
  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();

  /** @param retryAfter the Retry-After header, or null */
  record Response(int status, String body, String contentType, String location, String retryAfter) {
    JsonNode json() {
      if (body == null || body.isBlank()) { // a JSON reader takes it for a missing node, and every field for null
        throw new AssertionError("not JSON (" + status + "): an empty body");
      }
      try {
        return Json.MAPPER.readTree(body);
      } catch (Exception e) {
        throw new AssertionError("not JSON (" + status + "): " + body, e);
      }
    }
  }

  private Http() {}

  static Response get(String url) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(url)).GET());
  }

  static Response post(String url, String body) throws Exception {
    return post(url, body.getBytes(StandardCharsets.UTF_8));
  }

  static Response post(String url, byte[] body) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  static Response send(HttpRequest.Builder b) throws Exception {
    HttpResponse<String> r = CLIENT.send(b.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
    return new Response(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""),
        r.headers().firstValue("Location").orElse(null), r.headers().firstValue("Retry-After").orElse(null));
  }
}
