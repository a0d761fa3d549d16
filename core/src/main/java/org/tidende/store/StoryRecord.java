package org.tidende.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import org.tidende.model.Story;

/**
 * A story ready to store: the record, its JSON (the one shape the API serves; whatever fields it
 * has are kept), the seq of its latest member, and the fingerprint of what its JSON was built
 * from (members, latest update, the build that rendered it), or null when it cannot be told.
 */
public record StoryRecord(Story story, JsonNode json, long updatedSeq, String fingerprint) {
  public StoryRecord {
    Objects.requireNonNull(story, "story");
    Objects.requireNonNull(json, "json");
  }

  /** A record without a fingerprint: its view is built again at the next replay. */
  public StoryRecord(Story story, JsonNode json, long updatedSeq) {
    this(story, json, updatedSeq, null);
  }
}
