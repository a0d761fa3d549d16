package org.tidende.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tidende.entity.EntityCluster;
import org.tidende.entity.EntityRecognizer;
import org.tidende.entity.Mention;
import org.tidende.entity.NameCount;
import org.tidende.entity.NameMerger;
import org.tidende.model.AnalyzedArticle;
import org.tidende.model.Language;
import org.tidende.model.StoryDetails;

/**
 * The story's entities: names recognised in each member ({@link EntityRecognizer}), counted per
 * surface form, type and language, then merged across spellings, languages and surname-only
 * mentions ({@link NameMerger} in story scope), most mentioned first. Stateless; the recognizer is
 * thread-safe.
 */
final class Entities {
  static final int MAX_ENTITIES = 25;

  private Entities() {}

  static List<StoryDetails.Entity> build(List<AnalyzedArticle> members, EntityRecognizer recognizer) {
    Map<String, int[]> counts = new HashMap<>();
    Map<String, NameCount> first = new HashMap<>();
    for (AnalyzedArticle m : members) {
      Language lang = m.lang();
      for (Mention mention : recognizer.recognize(m.article().fullText(), lang)) {
        String type = mention.type().coarse().name();
        String k = mention.text() + "\u0000" + type + "\u0000" + lang.code();
        counts.computeIfAbsent(k, x -> new int[1])[0]++;
        first.putIfAbsent(k, new NameCount(mention.text(), lang, type, 1));
      }
    }
    List<NameCount> names = new ArrayList<>();
    List<String> keys = new ArrayList<>(counts.keySet());
    java.util.Collections.sort(keys); // deterministic input order (the merger is order-independent too)
    for (String k : keys) {
      NameCount n = first.get(k);
      names.add(new NameCount(n.surface(), n.language(), n.type(), counts.get(k)[0]));
    }
    List<StoryDetails.Entity> out = new ArrayList<>();
    for (EntityCluster c : NameMerger.merge(names, NameMerger.Scope.STORY)) {
      if (out.size() == MAX_ENTITIES) {
        break;
      }
      out.add(new StoryDetails.Entity(c.key(), c.display(), c.type(), c.variants(), c.count()));
    }
    return out;
  }
}
