package org.tidende.flink.live;

import java.util.Objects;
import org.tidende.model.Rejection;

/**
 * One JSON Lines record of the live job's input and where it came from, so that a record that
 * cannot be read is reported where a person can find it.
 *
 * <p>For a file, {@code file} is its path (without the {@code file:} scheme for the local file
 * system) and {@code line} its 1-based line number, counted as core's {@code JsonLinesReader}
 * counts (lines end at {@code \n}): {@code /in/fileB.jsonl:7}, as the backfill and the command
 * line report it. For a Kafka message, {@code file} is {@code kafka:TOPIC/PARTITION@OFFSET} and
 * {@code line} is 0 (an offset is not a line), the way {@link Rejection} names a whole input.
 *
 * @param file the file's path, or the Kafka message's topic, partition and offset
 * @param line 1-based line number in the file; 0 for a Kafka message
 * @param text the record's text (UTF-8 decoded; a trailing {@code \r} removed)
 * @param warning what a person should know of how the text was read (a line that is not UTF-8
 *     read as Windows-1252, as core's readers do), or null
 */
public record InputLine(String file, int line, String text, String warning) {
  public InputLine {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(text, "text");
    if (line < 0) {
      throw new IllegalArgumentException("line " + line + " of " + file + ": must be >= 0");
    }
  }

  /** A record read without anything to say of it. */
  public InputLine(String file, int line, String text) {
    this(file, line, text, null);
  }

  /** The stream of every line of a file: the live job reads its files as one stream, in path order. */
  public static final String FILES = "files";

  /**
   * The stream whose event clock times this record ({@link StreamClock}): {@code kafka:TOPIC/PARTITION}
   * for a Kafka message (its partition is read in offset order), {@link #FILES} for a line of a file.
   */
  public String stream() {
    return stream(file, line);
  }

  /** The stream of the record read from {@code file} at {@code line}, as {@link #stream()} names it. */
  public static String stream(String file, int line) {
    int at = file.lastIndexOf('@');
    return line > 0 || at < 0 ? FILES : file.substring(0, at);
  }

  /** The record as a Rejection names it: {@code file:line}, or the Kafka message alone. */
  public String where() {
    return line > 0 ? file + ":" + line : file;
  }
}
