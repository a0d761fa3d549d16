package org.tidende.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.tidende.model.ArticleDate;
import org.tidende.model.ArticleId;
import org.tidende.model.Language;
import org.tidende.model.Story;
import org.tidende.model.StoryDetails;
import org.tidende.model.StoryId;
import org.tidende.store.SearchPage;
import org.tidende.store.StoredArticle;

/**
 * JSON of stories and search hits, shared by the commands and the HTTP API (one shape everywhere),
 * and stories read back from it ({@link #storyFrom}), so a story stored by the server prints as
 * {@code stories} prints one.
 */
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
    o.put("first", s.first() == null ? null : s.first().written());
    o.put("last", s.last() == null ? null : s.last().written());
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
      x.put("date", a.date() == null ? null : a.date().written());
      if (a.date() != null && a.date().inferred()) {
        x.put("date_inferred", true);
        x.put("date_given", a.givenDate() == null ? null : a.givenDate().written());
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
      x.put("translated", p.translated());
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

  /**
   * One search hit as {@code GET /search} lists it and {@code search --json} prints it: {@code id,
   * title, file, line, source, url, date, language, story, score, snippet, highlights,
   * title_highlights} ({@code file} and {@code line} where it was read: the web page names an
   * untitled article by them, as the CLI does; {@code snippet} the passage of the text where the
   * query matched, {@code highlights} the {@code [start, end)} offsets of its matches in it (a
   * phrase one span), empty when the text did not match; {@code title_highlights} those of the
   * matches in {@code title}, as printed).
   */
  static ObjectNode searchHit(SearchPage.Hit h) {
    StoredArticle s = h.article();
    ObjectNode x = MAPPER.createObjectNode();
    x.put("id", s.article().id().value()).put("title", s.article().title()).put("file", s.article().file())
        .put("line", s.article().line()).put("source", s.article().source())
        .put("url", s.article().url()).put("date", s.article().date() == null ? null : s.article().date().written())
        .put("language", s.language().code()).put("story", s.story().value())
        .put("score", Math.round(h.score() * 1000) / 1000.0).put("snippet", h.snippet());
    ArrayNode marks = x.putArray("highlights");
    h.marks().forEach(m -> marks.addArray().add(m.start()).add(m.end()));
    ArrayNode titleMarks = x.putArray("title_highlights");
    h.titleMarks().forEach(m -> titleMarks.addArray().add(m.start()).add(m.end()));
    return x;
  }

  /**
   * The story {@link #story} rendered as {@code json}: its inverse for every field printed. A
   * timeline entry's first day, which the JSON leaves out, is taken from its period; a field
   * missing (a story stored before the field existed) reads as empty.
   *
   * @throws IllegalArgumentException when {@code json} has no id, headline or articles
   */
  public static Story storyFrom(JsonNode json) {
    List<Story.StoryArticle> articles = list(json.path("articles"), a -> {
      ArticleDate date = date(a.path("date"));
      if (date != null && a.path("date_inferred").asBoolean(false)) {
        date = date.asInferred();
      }
      return new Story.StoryArticle(new ArticleId(a.path("id").asText()), a.path("file").asText(""),
          a.path("line").asInt(0), a.path("title").asText(""), Language.parse(a.path("language").asText("und")), date,
          a.has("date_given") ? date(a.path("date_given")) : date, text(a.path("source")), text(a.path("url")),
          a.path("similarity").asDouble(0));
    });
    if (!json.hasNonNull("id") || !json.hasNonNull("headline")) {
      throw new IllegalArgumentException("story JSON without id or headline: " + clip(json.toString()));
    }
    StoryDetails details = new StoryDetails(
        list(json.path("entities"), e -> {
          Map<String, Integer> variants = new LinkedHashMap<>();
          e.path("variants").properties().forEach(v -> variants.put(v.getKey(), v.getValue().asInt()));
          return new StoryDetails.Entity(e.path("key").asText(), e.path("name").asText(), text(e.path("type")),
              variants, e.path("count").asInt());
        }),
        list(json.path("timeline"), t -> new StoryDetails.TimelineEntry(t.path("date").asText(),
            firstDay(t.path("date").asText()), text(t.path("granularity")), text(t.path("expression")),
            t.path("sentence").asText(""), new ArticleId(t.path("article").asText()), t.path("relative").asBoolean())),
        list(json.path("passages"), p -> new StoryDetails.Passage(new ArticleId(p.path("a").asText()),
            p.path("a_span").path(0).asInt(), p.path("a_span").path(1).asInt(), p.path("a_text").asText(""),
            new ArticleId(p.path("b").asText()), p.path("b_span").path(0).asInt(), p.path("b_span").path(1).asInt(),
            p.path("b_text").asText(""), p.path("score").asDouble(), p.path("cross_language").asBoolean(),
            p.path("translated").asBoolean())),
        list(json.path("additions"), a -> new StoryDetails.Addition(new ArticleId(a.path("article").asText()),
            list(a.path("sentences"), JsonNode::asText), a.path("new_words").asInt(), a.path("total_words").asInt())),
        list(json.path("summary"), JsonNode::asText),
        list(json.path("duplicates"), c -> new StoryDetails.Copies(new ArticleId(c.path("canonical").asText()),
            list(c.path("copies"), x -> new ArticleId(x.asText())), list(c.path("sources"), JsonNode::asText),
            c.path("similarity").asDouble(), c.path("same_headline").asBoolean())),
        list(json.path("links"), l -> new StoryDetails.Link(new ArticleId(l.path("article").asText()),
            list(l.path("names"), JsonNode::asText), list(l.path("numbers"), JsonNode::asText))));
    return new Story(new StoryId(json.get("id").asText()), json.get("headline").asText(),
        list(json.path("languages"), l -> Language.parse(l.asText())), list(json.path("sources"), JsonNode::asText),
        date(json.path("first")), date(json.path("last")), articles, details);
  }

  private static <T> List<T> list(JsonNode array, Function<JsonNode, T> read) {
    List<T> out = new ArrayList<>();
    if (array.isArray()) {
      array.forEach(x -> out.add(read.apply(x)));
    }
    return out;
  }

  private static String text(JsonNode n) {
    return n.isNull() || n.isMissingNode() ? null : n.asText();
  }

  private static ArticleDate date(JsonNode n) {
    return ArticleDate.parse(text(n)).orElse(null);
  }

  /**
   * First day of a timeline period: {@code 2019-04-25}, {@code 2019-W16}, {@code 2019-04}, {@code 2019}; of a season
   * or a span, its first period's ({@code 2019-06/2019-08}, {@code 2019-03-03/2019-03-05}).
   */
  static LocalDate firstDay(String period) {
    int slash = period.indexOf('/');
    if (slash > 0) {
      return firstDay(period.substring(0, slash)); // a season or a span: its first period's first day
    }
    try {
      if (period.matches("\\d{4}-W\\d{2}")) {
        return LocalDate.of(Integer.parseInt(period.substring(0, 4)), 6, 1)
            .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(period.substring(6)))
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      }
      ArticleDate d = ArticleDate.parse(period).orElse(null);
      return d == null ? LocalDate.EPOCH : d.date();
    } catch (DateTimeException | NumberFormatException e) {
      return LocalDate.EPOCH;
    }
  }

  private static String clip(String s) {
    return s.length() > 120 ? s.substring(0, 120) + "…" : s;
  }
}
