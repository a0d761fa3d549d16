package org.tidende.flink.rows;

/**
 * One input file of a backfill: its path (any Flink file system URI or a local path) and its
 * index in the command line, which orders articles of different files with equal event times.
 */
public record FileSpec(int index, String path) {}
