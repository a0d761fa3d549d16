package org.tidende.ingest.html;

import java.util.Optional;
import java.util.List;
import org.jsoup.nodes.Element;
import org.tidende.model.ArticleDate;

/**
 * The visible dateline, for pages without date metadata: the first short element whose class or
 * id names a date, time, dateline, byline or publication stamp and whose text parses as a date
 * ({@link DateReading}). Looked at in document order, at most 40 such elements.
 */
final class Datelines {
  private static final List<String> HINTS = List.of("date", "time", "byline", "publish", "posted", "meta", "stamp");
  private static final int MAX_LOOKS = 40;
  private static final int MAX_TEXT = 200;

  private Datelines() {}

  static Optional<ArticleDate> find(Element body) {
    if (body == null) {
      return Optional.empty();
    }
    int looks = 0;
    for (Element e : body.getAllElements()) {
      String h = ClassHints.hintText(e);
      if (h.isEmpty() || !ClassHints.containsAny(h, HINTS)) {
        continue;
      }
      if (++looks > MAX_LOOKS) {
        break;
      }
      String text = e.childrenSize() > 20 ? "" : e.text();
      if (text.isEmpty() || text.length() > MAX_TEXT) {
        continue;
      }
      Optional<ArticleDate> d = DateReading.parse(text);
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }
}
