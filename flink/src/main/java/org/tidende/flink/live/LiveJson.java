package org.tidende.flink.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** JSON lines of the live job's outputs. Stateless. */
public final class LiveJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private LiveJson() {}

  /** {@code {"id", "story", "opened", "parent", "similarity", "time"}}. */
  public static String of(LiveAssignment a) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", a.id());
    o.put("story", a.story());
    o.put("opened", a.opened());
    o.put("parent", a.parent());
    o.put("similarity", a.similarity());
    o.put("time", Instant.ofEpochMilli(a.ts()).toString());
    return write(o);
  }

  /** {@code {"story", "size", "first", "last", "members"}}. */
  public static String of(RetiredStory s) {
    ObjectNode o = JSON.createObjectNode();
    o.put("story", s.story());
    o.put("size", s.members().length);
    o.put("first", Instant.ofEpochMilli(s.first()).toString());
    o.put("last", Instant.ofEpochMilli(s.last()).toString());
    var m = o.putArray("members");
    for (String id : s.members()) {
      m.add(id);
    }
    return write(o);
  }

  private static String write(ObjectNode o) {
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings and numbers always serialises", e);
    }
  }
}
