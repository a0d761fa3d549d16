package org.tidende.app;

import java.util.List;
import java.util.Map;

/**
 * An HTTP error to answer with, as JSON {@code {"status": 400, "error": "...", "details": [...]}}.
 * Thrown by request handlers and mapped to a response in one place ({@link HttpApi}); never carries
 * a stack trace to the client.
 *
 * @param details per-field or per-line problems (each a map such as {@code {"field": "limit",
 *     "reason": "..."}}), possibly empty
 */
final class ApiError extends RuntimeException {
  final int status;
  final transient List<Map<String, Object>> details;

  ApiError(int status, String message, List<Map<String, Object>> details) {
    super(message, null, false, false);
    this.status = status;
    this.details = List.copyOf(details);
  }

  ApiError(int status, String message) {
    this(status, message, List.of());
  }

  static ApiError badField(String field, String reason) {
    return new ApiError(400, "invalid " + field + ": " + reason, List.of(Map.of("field", field, "reason", reason)));
  }
}
