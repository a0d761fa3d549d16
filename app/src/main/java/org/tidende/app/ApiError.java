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

  /**
   * A 400 {@code invalid WHAT: REASON} ({@code invalid body: empty; ...}, {@code invalid story id:
   * ...}), the one pattern of the API's 400s (query parameters: {@link Params#check}).
   *
   * @param what what is invalid, as the message names it ({@code body}, {@code story id})
   * @param field the detail's {@code field}
   */
  static ApiError badField(String what, String field, String reason) {
    return new ApiError(400, "invalid " + what + ": " + reason, List.of(Map.of("field", field, "reason", reason)));
  }
}
