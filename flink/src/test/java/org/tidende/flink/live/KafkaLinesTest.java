package org.tidende.flink.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Kafka messages are named by topic, partition and offset, as the rejected lines show them. */
class KafkaLinesTest {
  @Test
  void namesAMessageByTopicPartitionAndOffset() throws Exception {
    List<InputLine> out = new ArrayList<>();
    Collector<InputLine> sink = collector(out);
    KafkaLines lines = new KafkaLines();
    lines.deserialize(new ConsumerRecord<>("articles", 3, 1234L, null, "{\"title\": \"Brann\"}".getBytes(StandardCharsets.UTF_8)), sink);
    lines.deserialize(new ConsumerRecord<>("articles", 0, 7L, "k".getBytes(StandardCharsets.UTF_8), null), sink);

    assertThat(out).containsExactly(new InputLine("kafka:articles/3@1234", 0, "{\"title\": \"Brann\"}"),
        new InputLine("kafka:articles/0@7", 0, ""));
    assertThat(out.get(0).where()).isEqualTo("kafka:articles/3@1234");
  }

  private static Collector<InputLine> collector(List<InputLine> out) {
    return new Collector<>() {
      @Override
      public void collect(InputLine record) {
        out.add(record);
      }

      @Override
      public void close() {}
    };
  }
}
