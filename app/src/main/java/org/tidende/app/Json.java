package org.tidende.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tidende.model.Story;

/** JSON rendering of stories, shared by the commands and the HTTP API (one shape everywhere). */
public final class Json {
  public static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  public static ObjectNode story(Story s) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", s.id().value());
    o.put("headline", s.headline());
    ArrayNode langs = o.putArray("languages");
    s.languages().forEach(l -> langs.add(l.code()));
    ArrayNode sources = o.putArray("sources");
    s.sources().forEach(sources::add);
    o.put("first", s.first() == null ? null : s.first().toString());
    o.put("last", s.last() == null ? null : s.last().toString());
    o.put("size", s.size());
    ArrayNode arts = o.putArray("articles");
    for (Story.StoryArticle a : s.articles()) {
      ObjectNode x = arts.addObject();
      x.put("id", a.id().value());
      x.put("file", a.file());
      if (a.line() > 0) {
        x.put("line", a.line());
      }
      x.put("title", a.title());
      x.put("language", a.language().code());
      x.put("date", a.date() == null ? null : a.date().toString());
      if (a.date() != null && a.date().inferred()) {
        x.put("date_inferred", true);
      }
      x.put("source", a.source());
      x.put("url", a.url());
      x.put("similarity", Math.round(a.similarity() * 1000) / 1000.0);
    }
    return o;
  }
}
