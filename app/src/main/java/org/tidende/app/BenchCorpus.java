package org.tidende.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Real texts for the dedup benchmark, read from {@code ../shared/data} at run time (never copied):
 * whole articles (Norwegian NARC, DR items with text, ECB+, business news, RSS leads) and the
 * headlines and sentences from which the speed run composes new items.
 */
final class BenchCorpus {
  static final String[] ARTICLE_FILES = {
    "scandinavian/no-narc-articles-1997-2012.jsonl",
    "scandinavian/da-frontpages-2022-23.jsonl",
    "clustering/ecbplus-dev.jsonl",
    "clustering/business-energy-news.jsonl",
    "scandinavian/no-rss-2025-01.jsonl",
    "scandinavian/sv-rss-2025-09.jsonl",
  };

  /** Title and body of one input item. */
  record Text(String title, String body) {
    String joined() {
      return title.isEmpty() ? body : title + "\n" + body;
    }
  }

  final List<Text> texts = new ArrayList<>();
  final List<String> headlines = new ArrayList<>();
  final List<String> sentences = new ArrayList<>();
  final List<String> vocabulary = new ArrayList<>();

  static BenchCorpus read(Path dataDir) throws IOException {
    BenchCorpus c = new BenchCorpus();
    ObjectMapper json = new ObjectMapper();
    for (String f : ARTICLE_FILES) {
      Path p = dataDir.resolve(f);
      if (!Files.exists(p)) {
        continue;
      }
      try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          c.add(json.readTree(line));
        }
      }
    }
    return c;
  }

  private void add(JsonNode n) {
    String title = n.hasNonNull("title_clean") ? n.get("title_clean").asText() : n.path("title").asText("");
    String body = n.path("text").asText("");
    if (!title.isBlank()) {
      headlines.add(title.strip());
    }
    if (!body.isBlank()) {
      texts.add(new Text(title.strip(), body.strip()));
      for (String s : body.split("(?<=[.!?])\\s+")) {
        if (s.length() > 20) {
          sentences.add(s.strip());
        }
      }
      String[] words = body.split("\\s+");
      for (int i = 0; i < words.length; i += 7) {
        vocabulary.add(words[i]);
      }
    }
  }

  /** Whole texts of at least {@code minWords} words. */
  List<Text> articles(int minWords) {
    return texts.stream().filter(t -> t.body().split("\\s+").length >= minWords).toList();
  }
}
