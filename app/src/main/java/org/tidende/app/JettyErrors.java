package org.tidende.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.http.HttpCompliance;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnection;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Utf8Appendable;
import org.slf4j.LoggerFactory;

/**
 * The answers Jetty gives itself, before or beside the routes, in the API's shape: a request its
 * parser cannot read (a bad URL, header or chunk), and an error page Jetty writes for a servlet's
 * {@code sendError} or an exception that escapes the servlet. Each is {@code {"status": 400,
 * "error": "invalid WHAT: REASON", "details": [{"field": ..., "reason": ...}]}} as the API's own
 * 400s, or, for the web page's documents ({@code /}, {@code /story/…}), a short HTML page.
 *
 * <p>Method: the HTTP/1.1 parser's {@code badMessage} is where the state the parser was in (method,
 * URL, version, headers, body) and the exception under Jetty's generic "Bad Request" are both
 * known; {@link #explain} turns them into WHAT and REASON there, and {@link Handler#badMessageError}
 * writes them. Why: Jetty 11 answered {@code request not readable: Bad Request} for a bad
 * percent-escape, a {@code ..} above the root and a NUL alike, its reasons ({@code Illegal
 * character VCHAR='@'}, {@code No Host}) in its own words, and an HTML page with a Latin-1 charset
 * for {@code sendError}. Cost: nothing per good request (the parser is only replaced, not wrapped).
 * Failure modes: a Jetty reason not foreseen here is passed on in Jetty's words after {@code
 * invalid request: }; a Jetty upgrade that renames the parser states or reasons falls back so too
 * ({@code JettyErrorsTest} pins the cases). Tried and not kept: reading the request in {@code
 * badMessageError}, which gets no request, only the status and reason. A 500 names its kind: the
 * exception's class ({@link HttpApi#internalError}), or {@link #SENT_500} for a {@code sendError(500)}
 * with no exception behind it, logged with the request and its message (it had no kind, and no log).
 */
final class JettyErrors {
  private JettyErrors() {}

  /** The error of a request whose URL holds a raw byte that is not UTF-8. */
  static final String NOT_UTF8_URL = "invalid URL: it holds a byte that is not UTF-8 and not "
      + "percent-escaped; percent-escape each byte that is not ASCII (K%F8benhavn, read as Windows-1252, or "
      + "K%C3%B8benhavn)";

  /**
   * What a 500 sent without an exception ({@code sendError(500)}) says: its kind, as a 500 with an
   * exception names the exception's class; it was "internal error; see the server log", and the
   * log had nothing. Its message, if any, is logged, not sent (as an exception's is not).
   */
  static final String SENT_500 = "internal error (sendError, no exception); see the server log";

  /** The request attribute holding why the body could not be read, for the handler reading it. */
  static final String BAD_BODY = "tidende.badBody";

  /** Installs the error handler and the explaining parser on {@code server} (call as it starts). */
  static void install(Server server) {
    for (var c : server.getConnectors()) {
      if (c instanceof AbstractConnector a && a.getConnectionFactory(HttpConnectionFactory.class) instanceof HttpConnectionFactory f
          && !(f instanceof ExplainingHttpFactory)) {
        a.removeConnectionFactory(f.getProtocol());
        a.addConnectionFactory(new ExplainingHttpFactory(f.getHttpConfiguration()));
      }
    }
  }

  /** What is wrong and why, as {@code invalid WHAT: REASON} says it; {@code field} names WHAT in the details. */
  record Problem(String what, String field, String reason) {
    String message() {
      return "invalid " + what + ": " + reason;
    }
  }

  private static final Pattern ILLEGAL = Pattern.compile("Illegal character (\\w+)=(.*)");

  /**
   * What the parser could not read, in the API's words.
   *
   * @param state the parser's state when it failed ({@code HEADER} also for a URL, which Jetty
   *     decodes once the headers are read)
   * @param x the parser's failure; its cause, where Jetty gives only "Bad Request", says why
   * @param maxHeaderBytes the limit of the request line and of the headers
   */
  static Problem explain(HttpParser.State state, BadMessageException x, int maxHeaderBytes) {
    String reason = x.getReason() == null ? "" : x.getReason();
    Throwable cause = x.getCause();
    boolean generic = reason.isEmpty() || reason.equals("Bad Request");
    if (cause instanceof Utf8Appendable.NotUtf8Exception) {
      return new Problem("URL", "url", NOT_UTF8_URL.substring("invalid URL: ".length()));
    }
    if (x.getCode() == 414) {
      return new Problem("URL", "url", "longer than " + maxHeaderBytes + " bytes");
    }
    if (x.getCode() == 431) {
      return new Problem("headers", "headers", "more than " + maxHeaderBytes + " bytes");
    }
    if (generic && cause != null) { // thrown while the URL was decoded and checked
      String m = cause.getMessage() == null ? "" : cause.getMessage();
      if (cause instanceof NumberFormatException || m.contains("hex") || m.contains("%")) {
        return new Problem("URL", "url", "bad percent-escape: % and two hex digits expected (write % itself as %25)");
      }
      if (m.equals("Bad URI")) {
        return new Problem("URL", "url", "its path cannot be resolved: a '..' segment goes above the root");
      }
      if (m.startsWith("Illegal character")) {
        return new Problem("URL", "url", "a control character in its path (such as %00)");
      }
      return new Problem("request", "request", m.isEmpty() ? cause.getClass().getSimpleName() : m);
    }
    if (reason.equals("Mismatched Authority")) {
      return new Problem("URL", "url", "its host differs from the Host header");
    }
    String name = state == null ? "" : state.name();
    Matcher illegal = ILLEGAL.matcher(reason);
    if (name.equals("START")) {
      return new Problem("request", "request", illegal.matches() && illegal.group(2).equals("0x16")
          ? "not HTTP (a TLS handshake? this port speaks plain http://)" : "not HTTP (" + characters(reason, illegal) + " where the method starts)");
    }
    if (name.equals("METHOD") || name.equals("SPACE1")) {
      return new Problem("method", "method", characters(reason, illegal));
    }
    if (name.equals("URI") || name.equals("SPACE2")) {
      return new Problem("URL", "url", characters(reason, illegal));
    }
    if (name.equals("REQUEST_VERSION")) {
      if (illegal.matches() && illegal.group(1).equals("SPACE")) {
        return new Problem("URL", "url", "a space (percent-escape it as %20, or + in a query)");
      }
      return new Problem("HTTP version", "version", reason.equals("Unknown Version") ? "not HTTP/1.0 or HTTP/1.1" : characters(reason, illegal));
    }
    if (name.startsWith("HEADER") || name.equals("PROXY") || name.equals("TRAILER")) {
      if (reason.equals("No Host")) {
        return new Problem("header Host", "Host", "missing (HTTP/1.1 requires it)");
      }
      if (reason.contains("HostPort") || reason.contains("Authority")) {
        return new Problem("header Host", "Host", "not a host name and port");
      }
      switch (reason) {
        case "Invalid Content-Length Value" -> { return new Problem("header Content-Length", "Content-Length", "not a number of bytes"); }
        case "Multiple Content-Lengths" -> { return new Problem("header Content-Length", "Content-Length", "given more than once"); }
        case "Transfer-Encoding and Content-Length" -> {
          return new Problem("header Content-Length", "Content-Length", "given with Transfer-Encoding (send one of them)");
        }
        case "Bad Transfer-Encoding, chunked not last" -> {
          return new Problem("header Transfer-Encoding", "Transfer-Encoding", "chunked must come last (the server decodes only chunked)");
        }
        default -> {
          for (String h : new String[] {"Content-Length", "Transfer-Encoding"}) {
            if (reason.contains(h)) {
              return new Problem("header " + h, h, lower(reason));
            }
          }
        }
      }
      return new Problem("headers", "headers", characters(reason, illegal));
    }
    if (name.contains("CONTENT") || name.startsWith("CHUNK")) {
      return new Problem("body", "body", (name.startsWith("CHUNK") || name.equals("CHUNKED_CONTENT") ? "bad chunked encoding: " : "") + characters(reason, illegal));
    }
    return fallback(x.getCode(), reason);
  }

  /** A bad request Jetty reports without its parser (an {@code Expect} it does not know, a version). */
  static Problem fallback(int status, String reason) {
    String r = reason == null || reason.isBlank() ? HttpStatus.getMessage(status) : reason;
    return switch (status) {
      case 417 -> new Problem("header Expect", "Expect", "only 100-continue is understood");
      case 505 -> new Problem("HTTP version", "version", "not HTTP/1.0 or HTTP/1.1");
      case 414 -> new Problem("URL", "url", "too long");
      case 431 -> new Problem("headers", "headers", "too large");
      default -> new Problem("request", "request", lower(r));
    };
  }

  /** {@code Illegal character VCHAR='@'} as {@code illegal character '@'}; other reasons in lower case. */
  private static String characters(String reason, Matcher illegal) {
    if (illegal.matches()) {
      String kind = illegal.group(1);
      String c = illegal.group(2);
      return switch (kind) {
        case "SPACE" -> "illegal character: a space";
        case "LF" -> "illegal character: a bare line feed (a header line without ':'?)";
        case "CNTL" -> "illegal control character " + c;
        default -> "illegal character " + c;
      };
    }
    return lower(reason);
  }

  private static String lower(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
  }

  /** A problem's JSON, as {@link HttpApi#error} writes the API's own. */
  static ObjectNode json(int status, Problem p) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("status", status);
    o.put("error", p.message());
    o.putArray("details").addObject().put("field", p.field()).put("reason", p.reason());
    return o;
  }

  /** Is {@code path} one of the web page's documents, whose errors are HTML (its files and the API's are JSON)? */
  static boolean isPageDocument(String path) {
    return path != null && (path.equals("/") || path.startsWith("/story/"));
  }

  /** The web page's error, a small HTML page saying {@code message}. */
  static String html(int status, String message) {
    String m = message.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Tidende: error " + status
        + "</title></head>\n<body><h1>Tidende</h1><p>Error " + status + ": " + m + "</p><p><a href=\"/\">All stories</a></p></body></html>\n";
  }

  /**
   * Jetty's error answers as the API's: {@link #badMessageError} for a request the parser could not
   * read (its reason already {@code invalid WHAT: REASON} when {@link ExplainingHttpFactory}'s parser
   * failed, else worded by {@link #fallback}); {@link #generateAcceptableResponse} for an error page
   * Jetty writes for {@code sendError} or an exception out of the servlet, which was its HTML page
   * (Latin-1, or JSON or text by the request's {@code Accept}).
   */
  static final class Handler extends ErrorHandler {
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
      Problem p = reason != null && reason.startsWith("invalid ") && reason.indexOf(": ") > 0
          ? new Problem(reason.substring("invalid ".length(), reason.indexOf(": ")), field(reason), reason.substring(reason.indexOf(": ") + 2))
          : fallback(status, reason);
      fields.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
      return ByteBuffer.wrap(json(status, p).toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String field(String reason) {
      String what = reason.substring("invalid ".length(), reason.indexOf(": "));
      return switch (what) {
        case "URL" -> "url";
        case "HTTP version" -> "version";
        default -> what.startsWith("header ") ? what.substring("header ".length()) : what;
      };
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request, HttpServletResponse response,
        int code, String message) throws IOException {
      Throwable th = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
      String said;
      if (code == 500 && th != null) {
        said = HttpApi.internalError(th);
      } else if (code == 500) {
        // no exception behind it: a servlet's or a filter's sendError(500); logged here, or the log has nothing
        String m = message == null || message.isBlank() || message.equals(HttpStatus.getMessage(500)) ? "" : ", saying '" + message + "'";
        LoggerFactory.getLogger(JettyErrors.class).error("{} {}: 500 sent without an exception (sendError{})",
            request.getMethod(), request.getRequestURI(), m);
        said = SENT_500;
      } else if (code > 500) {
        said = message == null || message.isBlank() || message.equals(HttpStatus.getMessage(code)) ? HttpStatus.getMessage(code).toLowerCase(Locale.ROOT) : lower(message);
      } else {
        said = fallback(code, message == null || message.isBlank() ? HttpStatus.getMessage(code) : message).message();
      }
      String path = request.getRequestURI();
      byte[] body;
      if (isPageDocument(path)) {
        response.setContentType("text/html; charset=utf-8");
        body = html(code, said).getBytes(StandardCharsets.UTF_8);
      } else {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("status", code);
        o.put("error", said);
        response.setContentType("application/json; charset=utf-8");
        body = o.toString().getBytes(StandardCharsets.UTF_8);
      }
      response.setContentLength(body.length);
      response.getOutputStream().write(body);
      baseRequest.setHandled(true);
    }
  }

  /** An HTTP/1.1 connection factory whose parser says what it could not read ({@link #explain}). */
  private static final class ExplainingHttpFactory extends HttpConnectionFactory {
    ExplainingHttpFactory(HttpConfiguration config) {
      super(config);
    }

    @Override
    public Connection newConnection(Connector connector, EndPoint endPoint) {
      HttpConfiguration config = getHttpConfiguration();
      var conn = new HttpConnection(config, connector, endPoint, isRecordHttpComplianceViolations()) {
        @Override
        protected HttpParser newHttpParser(HttpCompliance compliance) {
          var parser = new HttpParser(newRequestHandler(), config.getRequestHeaderSize(), compliance) {
            @Override
            protected void badMessage(BadMessageException x) {
              HttpParser.State state = getState();
              Problem p = explain(state, x, config.getRequestHeaderSize());
              if (p.field().equals("body") && getHttpChannel() != null) {
                // the handler reading the body sees only Jetty's EofException "Early EOF"
                getHttpChannel().getRequest().setAttribute(BAD_BODY, p.reason());
              }
              super.badMessage(new BadMessageException(x.getCode(), p.message(), x.getCause()));
            }
          };
          parser.setHeaderCacheSize(config.getHeaderCacheSize());
          parser.setHeaderCacheCaseSensitive(config.isHeaderCacheCaseSensitive());
          return parser;
        }
      };
      conn.setUseInputDirectByteBuffers(isUseInputDirectByteBuffers());
      conn.setUseOutputDirectByteBuffers(isUseOutputDirectByteBuffers());
      return configure(conn, connector, endPoint);
    }
  }
}
