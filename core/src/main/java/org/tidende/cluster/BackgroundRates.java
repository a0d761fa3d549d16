package org.tidende.cluster;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Background document rates of clustering features in Danish, Norwegian and Swedish news: for
 * each feature (analysed term, name key, number) seen in at least {@value #MIN_DOCUMENTS} items of
 * the unlabeled news under {@code ../shared/data/scandinavian}, the share of items holding it. They
 * are a prior on the stream's own document frequencies ({@link FeatureVector#of}).
 *
 * <p>Why: idf comes from a sketch of the stream itself ({@link DocumentFrequencies}), which knows
 * nothing at the start. A service started this morning, or a day's file replayed alone, weighs
 * "Danmark" in a Danish headline, "regeringen" or "2022" as if they were rare, and headlines
 * that share only such a word join. With {@code backgroundWeight} M, a Scandinavian article's
 * feature with stream count {@code df} among {@code N} items gets idf {@code ln((N + M + 1) / (df
 * + rate * M + 1)) + 1}: M pseudo-items of background news, which the stream outweighs as it grows.
 * Other languages have no background here and keep the plain stream idf.
 *
 * <p>Cost: one hash-map lookup per feature; memory about 12 bytes per shipped feature. Failure
 * modes: the background is 2022-25 news, so a word common then and rare now (a past election)
 * starts too light; features are hashes of this version's analysis, so the table must be rebuilt
 * ({@code ./tidende background-train}) when analysis or feature hashing changes, or its rates
 * stop matching (they then simply miss: the stream idf is used).
 */
public final class BackgroundRates {
  /** Fewest items holding a feature for it to be shipped. */
  public static final int MIN_DOCUMENTS = 3;
  /** The shipped table's resource, next to this class. */
  public static final String RESOURCE = "background-rates.bin.gz";

  private static final int MAGIC = 0x54424731; // "TBG1"
  private static final BackgroundRates EMPTY = new BackgroundRates(new LongFloatMap(1), 0);

  private final LongFloatMap rates;
  private final long documents;

  private BackgroundRates(LongFloatMap rates, long documents) {
    this.rates = rates;
    this.documents = documents;
  }

  private static final class Shipped {
    static final BackgroundRates TABLE = loadShipped();
  }

  /** The shipped table (empty when the resource is absent, as while it is first being built). */
  public static BackgroundRates shipped() {
    return Shipped.TABLE;
  }

  private static BackgroundRates loadShipped() {
    try (InputStream in = BackgroundRates.class.getResourceAsStream(RESOURCE)) {
      return in == null ? EMPTY : read(new GZIPInputStream(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** The share of background items holding {@code key}, 0 when it was rarer than the cut. */
  public float rate(long key) {
    return rates.get(key);
  }

  /** Features in the table. */
  public int size() {
    return rates.size();
  }

  /** Background items counted. */
  public long documents() {
    return documents;
  }

  static BackgroundRates read(InputStream raw) throws IOException {
    DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw));
    if (in.readInt() != MAGIC) {
      throw new IOException("not a background-rates table");
    }
    long docs = in.readLong();
    int n = in.readInt();
    LongFloatMap m = new LongFloatMap(n);
    for (int i = 0; i < n; i++) {
      long k = in.readLong();
      m.add(k, in.readFloat());
    }
    return new BackgroundRates(m, docs);
  }

  /** Counts features per item and writes the table ({@code background-train}). Not thread-safe. */
  public static final class Builder {
    private final Map<Long, int[]> counts = new HashMap<>();
    private long documents;

    /** Counts one prepared article's distinct features. */
    public void add(PreparedArticle p) {
      documents++;
      for (long k : p.keys()) {
        counts.computeIfAbsent(k, x -> new int[1])[0]++;
      }
    }

    public long documents() {
      return documents;
    }

    /**
     * Writes the features held by at least {@value #MIN_DOCUMENTS} items with their rates, sorted by
     * key (the same input gives the same bytes); returns how many were written.
     */
    public int write(OutputStream raw) throws IOException {
      long[] keys = counts.entrySet().stream().filter(e -> e.getValue()[0] >= MIN_DOCUMENTS)
          .mapToLong(Map.Entry::getKey).sorted().toArray();
      DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(raw));
      out.writeInt(MAGIC);
      out.writeLong(documents);
      out.writeInt(keys.length);
      for (long k : keys) {
        out.writeLong(k);
        out.writeFloat((float) ((double) counts.get(k)[0] / documents));
      }
      out.flush();
      return keys.length;
    }
  }
}
