package org.tidende.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tidende.model.Story;
import org.tidende.model.StoryDetails;

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
        x.put("date_given", a.givenDate() == null ? null : a.givenDate().toString());
      }
      x.put("source", a.source());
      x.put("url", a.url());
      x.put("similarity", Math.round(a.similarity() * 1000) / 1000.0);
    }
    details(o, s.details());
    return o;
  }

  private static void details(ObjectNode o, StoryDetails d) {
    ArrayNode ents = o.putArray("entities");
    for (StoryDetails.Entity e : d.entities()) {
      ObjectNode x = ents.addObject();
      x.put("key", e.key());
      x.put("name", e.name());
      x.put("type", e.type());
      x.put("count", e.count());
      ObjectNode v = x.putObject("variants");
      e.variants().forEach(v::put);
    }
    ArrayNode tl = o.putArray("timeline");
    for (StoryDetails.TimelineEntry t : d.timeline()) {
      ObjectNode x = tl.addObject();
      x.put("date", t.period());
      x.put("granularity", t.granularity());
      x.put("expression", t.expression());
      x.put("relative", t.relative());
      x.put("sentence", t.sentence());
      x.put("article", t.article().value());
    }
    ArrayNode ps = o.putArray("passages");
    for (StoryDetails.Passage p : d.passages()) {
      ObjectNode x = ps.addObject();
      x.put("a", p.a().value());
      x.putArray("a_span").add(p.aStart()).add(p.aEnd());
      x.put("a_text", p.aText());
      x.put("b", p.b().value());
      x.putArray("b_span").add(p.bStart()).add(p.bEnd());
      x.put("b_text", p.bText());
      x.put("score", Math.round(p.score() * 1000) / 1000.0);
      x.put("cross_language", p.crossLanguage());
    }
    ArrayNode adds = o.putArray("additions");
    for (StoryDetails.Addition a : d.additions()) {
      ObjectNode x = adds.addObject();
      x.put("article", a.article().value());
      x.put("new_words", a.newWords());
      x.put("total_words", a.totalWords());
      ArrayNode ss = x.putArray("sentences");
      a.sentences().forEach(ss::add);
    }
    ArrayNode links = o.putArray("links");
    for (StoryDetails.Link l : d.links()) {
      ObjectNode x = links.addObject();
      x.put("article", l.article().value());
      ArrayNode ns = x.putArray("names");
      l.names().forEach(ns::add);
      ArrayNode nums = x.putArray("numbers");
      l.numbers().forEach(nums::add);
    }
    ArrayNode sum = o.putArray("summary");
    d.summary().forEach(sum::add);
    ArrayNode dups = o.putArray("duplicates");
    for (StoryDetails.Copies c : d.duplicates()) {
      ObjectNode x = dups.addObject();
      x.put("canonical", c.canonical().value());
      ArrayNode cs = x.putArray("copies");
      c.copies().forEach(id -> cs.add(id.value()));
      ArrayNode src = x.putArray("sources");
      c.sources().forEach(src::add);
      x.put("similarity", Math.round(c.similarity() * 1000) / 1000.0);
      x.put("same_headline", c.sameHeadline());
    }
  }
}
