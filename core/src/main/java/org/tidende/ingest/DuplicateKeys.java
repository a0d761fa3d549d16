package org.tidende.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Notes the keys a JSON object gives twice ({@code {"title": "A", "title": "B"}}), which Jackson's
 * tree reader resolves silently by keeping the last value, so that the readers can warn about a
 * record whose title or text may be the wrong one of two, without losing it.
 *
 * <p>Method: the mapper's node factory ({@link #FACTORY}) makes objects of a subclass of {@link
 * ObjectNode} whose {@code replace}, the one call Jackson's tree reader adds a field with, notes a
 * key that was already there. Why not {@code STRICT_DUPLICATE_DETECTION}: it throws, and the record
 * is lost, where the task is to report it and keep it (the last value, as before). Cost: one hash
 * look-up per field, which {@code replace} makes anyway; a list only for an object with a repeated
 * key. Failure modes: only objects read by a mapper with {@link #FACTORY} are noted (a copy of the
 * reader's mapper keeps it); an object built in code ({@code put}) is not watched. A key
 * repeated in an object nested in the record is named by its path ({@code "source": {"name": "X",
 * "name": "Y"}} gives {@code source.name}; until session 35 only a record's own keys were reported):
 * {@link #of} walks the record's objects and arrays once, linear in the record's size, as the parse
 * that built them was; a flat record (no nested object or array) costs a loop over its fields. Measured
 * (session 34): none of the 61,765 JSON records of the nine {@code .jsonl}/{@code .json} files of
 * {@code ../shared/data} repeats a key (Python's {@code object_pairs_hook}), so nothing read from
 * them changes.
 */
final class DuplicateKeys {
  /** The node factory of the record reader's mapper: objects note their repeated keys. */
  static final JsonNodeFactory FACTORY = new Factory();

  private DuplicateKeys() {}

  /**
   * The keys {@code node} gave more than once, in the order of their second mention, then those of
   * the objects nested in it, each named by its path ({@code source.name}, {@code authors[1].name}),
   * depth first in document order; empty when none.
   */
  static List<String> of(JsonNode node) {
    List<String> out = new ArrayList<>(0);
    collect(node, "", out);
    return out.isEmpty() ? List.of() : List.copyOf(out);
  }

  private static void collect(JsonNode node, String path, List<String> out) {
    if (node instanceof Noting n && n.repeated != null) {
      for (String key : n.repeated) {
        out.add(path + key);
      }
    }
    if (node.isObject()) {
      for (var e : node.properties()) {
        if (e.getValue().isContainerNode()) {
          collect(e.getValue(), path + e.getKey() + (e.getValue().isObject() ? "." : ""), out);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        JsonNode item = node.get(i);
        if (item.isContainerNode()) {
          collect(item, path + "[" + i + "]" + (item.isObject() ? "." : ""), out);
        }
      }
    }
  }

  private static final class Factory extends JsonNodeFactory {
    private static final long serialVersionUID = 1L;

    Factory() {
      super(); // as the default factory: decimals as the mapper's JsonNodeFeature says
    }

    @Override
    public ObjectNode objectNode() {
      return new Noting(this);
    }
  }

  private static final class Noting extends ObjectNode {
    private static final long serialVersionUID = 1L;
    private transient List<String> repeated;

    Noting(JsonNodeFactory f) {
      super(f);
    }

    @Override
    public JsonNode replace(String key, JsonNode value) {
      JsonNode old = super.replace(key, value);
      if (old != null) {
        if (repeated == null) {
          repeated = new ArrayList<>(2);
        }
        if (!repeated.contains(key)) {
          repeated.add(key);
        }
      }
      return old;
    }
  }
}
