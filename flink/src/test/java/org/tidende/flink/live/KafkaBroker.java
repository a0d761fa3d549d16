package org.tidende.flink.live;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A real Kafka broker (one combined KRaft broker and controller, Kafka's own test kit) in the test's
 * JVM on a free loopback port, with topics and a producer that writes given lines to given
 * partitions in a given order.
 */
final class KafkaBroker implements AutoCloseable {
  private final KafkaClusterTestKit cluster;
  private final KafkaProducer<byte[], byte[]> producer;

  private KafkaBroker(KafkaClusterTestKit cluster) {
    this.cluster = cluster;
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.LINGER_MS_CONFIG, "0");
    this.producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
  }

  /** Starts a broker whose logs live under {@code dir}. */
  static KafkaBroker start(Path dir) throws Exception {
    TestKitNodes nodes = new TestKitNodes.Builder().setCombined(true).setNumBrokerNodes(1)
        .setNumControllerNodes(1).setBaseDirectory(dir).build();
    KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(nodes)
        .setConfigProp("group.initial.rebalance.delay.ms", "0")
        .setConfigProp("offsets.topic.num.partitions", "1")
        // One broker: the internal topics (committed offsets, transactions) can have one replica only.
        .setConfigProp("offsets.topic.replication.factor", "1")
        .setConfigProp("transaction.state.log.replication.factor", "1")
        .setConfigProp("transaction.state.log.min.isr", "1")
        .build();
    cluster.format();
    cluster.startup();
    cluster.waitForReadyBrokers();
    return new KafkaBroker(cluster);
  }

  String bootstrapServers() {
    return cluster.bootstrapServers();
  }

  void createTopic(String topic, int partitions) throws Exception {
    Properties p = new Properties();
    p.put("bootstrap.servers", bootstrapServers());
    try (Admin admin = Admin.create(p)) {
      admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
    }
  }

  /** Sends one line to a partition (after the lines sent to it before). */
  void send(String topic, int partition, String line) {
    producer.send(new ProducerRecord<>(topic, partition, null, line.getBytes(StandardCharsets.UTF_8)));
  }

  void flush() {
    producer.flush();
  }

  /** Where a bounded read of partitions holding {@code counts[p]} messages each ends. */
  static OffsetsInitializer endOf(String topic, int[] counts) {
    Map<TopicPartition, Long> end = new HashMap<>();
    for (int p = 0; p < counts.length; p++) {
      end.put(new TopicPartition(topic, p), (long) counts[p]);
    }
    return OffsetsInitializer.offsets(end);
  }

  @Override
  public void close() throws Exception {
    producer.close();
    cluster.close();
  }
}
