package org.tidende.entity;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One entity: the name variants merged into it, a key and a name to show.
 *
 * @param key language-neutral key ({@link NameKeys#key}) of the display name
 * @param display the name to show: the most frequent of the fullest forms (see {@link NameMerger})
 * @param type the most frequent known type among the variants ({@code "PER"}, ...), or null
 * @param variants surface forms and their counts, sorted by surface; unmodifiable
 * @param count total occurrences of all variants
 */
public record EntityCluster(String key, String display, String type, Map<String, Integer> variants, int count) {
  public EntityCluster {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(display, "display");
    Objects.requireNonNull(variants, "variants");
    if (variants.isEmpty()) {
      throw new IllegalArgumentException("entity '" + display + "' has no variants");
    }
    variants = Collections.unmodifiableMap(new TreeMap<>(variants));
  }
}
