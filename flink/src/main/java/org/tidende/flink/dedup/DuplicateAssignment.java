package org.tidende.flink.dedup;

/**
 * The duplicate group of one article.
 *
 * @param id the article
 * @param canonical the group's earliest member (the article itself when it is canonical or unique)
 * @param of the earlier article this one was judged a duplicate of, or null for a canonical one
 * @param kind {@link DuplicateMatch.Kind} name of that judgement, or null
 * @param similarity similarity of that judgement, 1 for a canonical article
 */
public record DuplicateAssignment(String id, String canonical, String of, String kind, double similarity) {

  /** An article that is nobody's copy. */
  public static DuplicateAssignment canonical(String id) {
    return new DuplicateAssignment(id, id, null, null, 1.0);
  }
}
