package org.tidende.flink.rows;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;
import org.tidende.cluster.ClusterConfig;

/**
 * Core's {@link ClusterConfig} in a serializable form, for shipping inside Flink functions (core's
 * records are plain, not {@code Serializable}): the settings by name as {@link ClusterConfig#asMap()}
 * gives them, rebuilt in the task with {@link ClusterConfig#with}, so settings core adds later travel
 * without a change here.
 *
 * @param settings every setting of the configuration, by name
 */
public record ClusterSettings(TreeMap<String, Double> settings) implements Serializable {

  public ClusterSettings {
    settings = new TreeMap<>(settings);
  }

  public static ClusterSettings of(ClusterConfig c) {
    return new ClusterSettings(new TreeMap<>(c.asMap()));
  }

  /** The configuration back; every setting goes through core's validation. */
  public ClusterConfig toConfig() {
    ClusterConfig c = ClusterConfig.defaults();
    for (Map.Entry<String, Double> e : settings.entrySet()) {
      c = c.with(e.getKey(), String.valueOf(e.getValue()));
    }
    return c;
  }
}
