package org.tidende.flink.live;

/** An article's story as the live job decided it, with the earlier article it was threaded to. */
public record LiveAssignment(String id, String story, boolean opened, String parent, double similarity, long ts) {}
