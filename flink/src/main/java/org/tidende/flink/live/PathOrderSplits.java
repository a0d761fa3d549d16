package org.tidende.flink.live;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.assigners.FileSplitAssigner;

/**
 * Hands out file splits in path order (then by offset), whoever asks: the live job's single file
 * reader reads a folder file after file by name, as core's reader does, rather than in the order
 * the file system lists them. Splits given back after a failure, and files found later by a
 * watched folder, take their place in that order among those not yet read. Not thread-safe (the
 * split enumerator calls it from one thread).
 */
final class PathOrderSplits implements FileSplitAssigner {
  private static final Comparator<FileSourceSplit> ORDER = Comparator
      .comparing((FileSourceSplit s) -> s.path().toString())
      .thenComparingLong(FileSourceSplit::offset)
      .thenComparing(FileSourceSplit::splitId);
  private final List<FileSourceSplit> waiting = new ArrayList<>();

  PathOrderSplits(Collection<FileSourceSplit> splits) {
    addSplits(splits);
  }

  @Override
  public Optional<FileSourceSplit> getNext(String hostname) {
    return waiting.isEmpty() ? Optional.empty() : Optional.of(waiting.remove(0));
  }

  @Override
  public void addSplits(Collection<FileSourceSplit> splits) {
    waiting.addAll(splits);
    waiting.sort(ORDER);
  }

  @Override
  public Collection<FileSourceSplit> remainingSplits() {
    return new ArrayList<>(waiting);
  }
}
