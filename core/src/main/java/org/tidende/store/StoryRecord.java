package org.tidende.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import org.tidende.model.Story;

/**
 * A story ready to store: the record, its JSON (the one shape the API serves; whatever fields it
 * has are kept) and the seq of its latest member.
 */
public record StoryRecord(Story story, JsonNode json, long updatedSeq) {
  public StoryRecord {
    Objects.requireNonNull(story, "story");
    Objects.requireNonNull(json, "json");
  }
}
