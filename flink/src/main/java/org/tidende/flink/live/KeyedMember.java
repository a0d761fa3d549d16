package org.tidende.flink.live;

/** A vector under one of its blocking keys; {@code nKeys} tells the decision stage how many answers to wait for. */
public record KeyedMember(String key, int nKeys, VectorRow row) implements Identified {
  @Override
  public String id() {
    return row.id();
  }
}
