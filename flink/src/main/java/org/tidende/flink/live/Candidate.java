package org.tidende.flink.live;

/**
 * One blocking key's answer for an article: its most similar earlier article under that key at or
 * above the threshold, or none ({@code best} null). {@code file} and {@code line} say where the
 * article was read.
 */
public record Candidate(String id, long ts, int nKeys, String best, long bestTs, double similarity, String file, int line) {

  /**
   * The key of the decision stage: one copy of an article, its id and event time. Two copies of an
   * id that both passed {@link FirstOfIdStage} (more than its retention apart) have different times,
   * so their answers are never counted together (keyed by id alone, the answers of the two were
   * mixed: the first decision took the later copy's time, and the first copy's was lost).
   */
  public String copy() {
    return id + "@" + ts;
  }
}
