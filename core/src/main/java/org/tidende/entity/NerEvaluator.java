package org.tidende.entity;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tidende.model.Language;

/**
 * Replays dev splits through an {@link EntityRecognizer} and scores entity-level exact matches per
 * language and type, timing the tagging (tokens per second on the calling thread).
 */
public final class NerEvaluator {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private NerEvaluator() {}

  /**
   * One language's result: counts by type, the tokens tagged, and the wall-clock and thread-CPU
   * nanoseconds the tagging took (CPU time is the fair speed figure on a shared machine).
   */
  public record LanguageResult(Language language, NerScore score, long tokens, long sentences, long nanos,
      long cpuNanos) {
    /** Tagging speed in tokens per wall-clock second. */
    public double tokensPerSecond() {
      return nanos == 0 ? 0 : tokens * 1e9 / nanos;
    }

    /** Tagging speed in tokens per second of this thread's CPU time (one core). */
    public double tokensPerCpuSecond() {
      return cpuNanos <= 0 ? 0 : tokens * 1e9 / cpuNanos;
    }
  }

  /**
   * One timed tagging pass over a language's dev sentences: the tokens tagged, and the wall-clock
   * and thread-CPU nanoseconds the tagging took.
   */
  public record Timing(Language language, long tokens, long nanos, long cpuNanos) {
    /** Tagging speed in tokens per wall-clock second. */
    public double tokensPerSecond() {
      return nanos == 0 ? 0 : tokens * 1e9 / nanos;
    }

    /** Tagging speed in tokens per second of this thread's CPU time (one core). */
    public double tokensPerCpuSecond() {
      return cpuNanos <= 0 ? 0 : tokens * 1e9 / cpuNanos;
    }
  }

  /**
   * Times {@code recognizer} on the dev sentences of {@code split}, tagged in order and again from
   * the first until at least {@code minTokens} tokens are tagged (one pass when {@code minTokens} is
   * 0 or fewer tokens are there), on the calling thread; the names found are not scored. A pass of
   * 200,000 tokens lasts seconds, where one over Danish's 10,332 lasted a tenth of one and was
   * swayed by the JIT and other jobs' bursts.
   */
  public static Timing time(EntityRecognizer recognizer, NerCorpus.Split split, long minTokens) {
    long tokens = 0;
    long nanos = 0;
    long cpu0 = CPU.isCurrentThreadCpuTimeSupported() ? CPU.getCurrentThreadCpuTime() : 0;
    do {
      for (TaggedSentence s : split.dev()) {
        long t0 = System.nanoTime();
        recognizer.recognizeTokens(s.tokens(), s.language());
        nanos += System.nanoTime() - t0;
        tokens += s.tokens().size();
      }
    } while (tokens < minTokens && tokens > 0);
    long cpu = CPU.isCurrentThreadCpuTimeSupported() ? CPU.getCurrentThreadCpuTime() - cpu0 : 0;
    return new Timing(split.language(), tokens, nanos, cpu);
  }

  /** Scores {@code recognizer} on the dev sentences of each split, in the splits' order. */
  public static List<LanguageResult> evaluate(EntityRecognizer recognizer, List<NerCorpus.Split> splits) {
    return evaluate(recognizer, splits, new HashMap<>());
  }

  /**
   * As {@link #evaluate(EntityRecognizer, List)}, adding each language's counts to its score in
   * {@code scores} (created when absent), so folds of a cross-validation pool into one score.
   */
  static List<LanguageResult> evaluate(EntityRecognizer recognizer, List<NerCorpus.Split> splits,
      Map<Language, NerScore> scores) {
    List<LanguageResult> out = new ArrayList<>();
    for (NerCorpus.Split split : splits) {
      NerScore score = scores.computeIfAbsent(split.language(), l -> new NerScore());
      long tokens = 0;
      long nanos = 0;
      long cpu0 = CPU.isCurrentThreadCpuTimeSupported() ? CPU.getCurrentThreadCpuTime() : 0;
      for (TaggedSentence s : split.dev()) {
        long t0 = System.nanoTime();
        List<NameSpan> predicted = recognizer.recognizeTokens(s.tokens(), s.language());
        nanos += System.nanoTime() - t0;
        tokens += s.tokens().size();
        score.add(s.names(), predicted);
      }
      long cpu = CPU.isCurrentThreadCpuTimeSupported() ? CPU.getCurrentThreadCpuTime() - cpu0 : 0;
      out.add(new LanguageResult(split.language(), score, tokens, split.dev().size(), nanos, cpu));
    }
    return out;
  }
}
