package org.tidende.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.tidende.model.ArticleDate;
import org.tidende.model.ArticleId;
import org.tidende.model.StoryId;
import org.tidende.store.Archive;
import org.tidende.store.StoredArticle;
import org.tidende.store.StoryPage;
import org.tidende.store.StoryQuery;

/**
 * {@code GET /stories} (a filtered, sorted page) and {@code GET /stories/{id}} (one story as
 * stored; an id merged into another story since it was handed out redirects to that story, 301).
 * In lists each story's {@code articles} are cut to {@code ?articles=} (default 5); its {@code
 * size} still counts them all. An empty page says why where it can, in {@code note}: a language
 * the archive has no article in, or a source stored only in another case ({@code source=nrk}, stored
 * {@code NRK}: the filter stays exact, as search's {@code source:} is, and the note names the
 * spelling; cost one walk over the index's distinct sources, on empty pages only).
 */
final class StoriesEndpoint {
  private final Supplier<Archive> archive;

  StoriesEndpoint(Supplier<Archive> archive) {
    this.archive = archive;
  }

  void list(Context ctx) throws Exception {
    List<Map<String, Object>> problems = new ArrayList<>();
    String sortRaw = Params.optional(ctx, "sort");
    StoryQuery.Sort sort = StoryQuery.Sort.NEWEST;
    if (sortRaw != null) {
      switch (sortRaw.toLowerCase(Locale.ROOT)) {
        case "newest" -> sort = StoryQuery.Sort.NEWEST;
        case "biggest" -> sort = StoryQuery.Sort.BIGGEST;
        default -> problems.add(Map.of("field", "sort", "reason", "must be newest or biggest, got '" + sortRaw + "'"));
      }
    }
    int limit = Params.integer(ctx, "limit", 20, 1, StoryQuery.MAX_LIMIT, problems);
    int offset = Params.integer(ctx, "offset", 0, 0, StoryQuery.MAX_OFFSET, problems);
    int articles = Params.integer(ctx, "articles", 5, 0, 1000, problems);
    int minSize = Params.integer(ctx, "min_size", 1, 1, Integer.MAX_VALUE, problems);
    String lang = Params.language(ctx, "lang", problems, () -> archive.get().languages());
    ArticleDate from = Params.date(ctx, "from", problems);
    ArticleDate to = Params.date(ctx, "to", problems);
    if (from != null && to != null && from.date().isAfter(to.date())) {
      problems.add(Map.of("field", "from", "reason", "is after to"));
    }
    Params.misspelt(ctx, problems, "sort", "limit", "offset", "articles", "min_size", "lang", "source", "entity", "from", "to");
    Params.check(problems);
    StoryQuery q = new StoryQuery(sort, limit, offset, lang, Params.optional(ctx, "source"),
        Params.optional(ctx, "entity"), from, to, minSize);
    StoryPage page = archive.get().stories(q);
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("total", page.total()).put("offset", offset).put("limit", limit).put("sort", sort.name().toLowerCase(Locale.ROOT));
    o.put("next", offset + page.stories().size() < page.total() ? nextLink(ctx, offset + page.stories().size()) : null);
    if (page.total() == 0 && (lang != null || q.source() != null)) {
      String note = lang == null ? null : LanguageFilter.note(lang, archive.get().languages());
      if (note == null && q.source() != null) {
        note = sourceNote(q.source(), archive.get().sourcesSpeltLike(q.source(), 3));
      }
      if (note != null) {
        o.put("note", note);
      }
    }
    ArrayNode arr = o.putArray("stories");
    for (String json : page.stories()) {
      arr.add(trim((ObjectNode) Json.MAPPER.readTree(json), articles));
    }
    HttpApi.json(ctx, 200, o);
  }

  /**
   * What to say of a source filter that found nothing where the archive has the source in another
   * case ({@code source=nrk}, stored {@code NRK}): "no story has the source 'nrk' (sources match
   * exactly); did you mean 'NRK'?". Null when {@code spelt} is empty. The page was empty without a
   * word, as if the source had no story.
   */
  static String sourceNote(String source, List<String> spelt) {
    return sourceNote("story", Map.of(source, spelt));
  }

  /**
   * The same of a search ({@code what} "article") whose {@code source:} clauses found nothing ({@link
   * org.tidende.store.SearchPage#sourcesInOtherCase}): "no article has the source 'nrk' (sources match
   * exactly); did you mean 'NRK'?", one such sentence per source joined by "; ". Null when none has
   * another spelling.
   */
  static String sourceNote(String what, Map<String, List<String>> spellings) {
    List<String> notes = new ArrayList<>();
    spellings.forEach((source, spelt) -> {
      if (!spelt.isEmpty()) {
        notes.add("no " + what + " has the source '" + source + "' (sources match exactly); did you mean "
            + String.join(" or ", spelt.stream().map(x -> "'" + x + "'").toList()) + "?");
      }
    });
    return notes.isEmpty() ? null : String.join("; ", notes);
  }

  private static JsonNode trim(ObjectNode story, int articles) {
    JsonNode arts = story.get("articles");
    if (arts instanceof ArrayNode a && a.size() > articles) {
      ArrayNode cut = Json.MAPPER.createArrayNode();
      for (int i = 0; i < articles; i++) {
        cut.add(a.get(i));
      }
      story.set("articles", cut);
    }
    return story;
  }

  private static String nextLink(Context ctx, int nextOffset) {
    StringBuilder b = new StringBuilder("/stories?");
    Params.all(ctx).forEach((k, vs) -> {
      if (!k.equals("offset")) {
        vs.forEach(v -> b.append(enc(k)).append('=').append(enc(v)).append('&'));
      }
    });
    return b.append("offset=").append(nextOffset).toString();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /**
   * "; 'x' is an article, in story sx" when {@code id}, no story's, is an article's id (story ids are
   * "s" and the id of the article that opened the story, so an article id is easily taken for one);
   * else empty. Shared by {@code GET /stories/{id}} and {@code stories --data --story}.
   */
  static String articleInstead(StoryId id,
      Function<ArticleId, Optional<StoredArticle>> article,
      UnaryOperator<StoryId> current) {
    if (id.value().isBlank() || id.value().length() > 512) {
      return "";
    }
    return article.apply(new ArticleId(id.value().strip()))
        .map(a -> "; '" + id + "' is an article, in story " + current.apply(a.story()).value()).orElse("");
  }

  void one(Context ctx) {
    var id = HttpApi.storyId(Params.pathRest(ctx, "id", "/stories/"));
    var now = archive.get().currentStory(id);
    if (!now.equals(id)) { // merged into another story since the id was handed out
      String prefix = ctx.path().substring(0, Math.max(0, ctx.path().indexOf("/stories/")));
      ctx.redirect(prefix + "/stories/" + enc(now.value()).replace("+", "%20"), HttpStatus.MOVED_PERMANENTLY);
      return;
    }
    String json = archive.get().storyJson(id).orElseThrow(() -> new ApiError(404, "no story with id '" + id + "'"
        + articleInstead(id, archive.get()::article, archive.get()::currentStory)));
    ctx.status(200).contentType("application/json; charset=utf-8").result(json);
  }
}
