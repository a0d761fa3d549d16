package org.tidende.flink.live;

import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Kafka messages (one JSON Lines record each, UTF-8) as {@link InputLine}s named by their topic,
 * partition and offset, {@code kafka:articles/3@1234}, which is what {@code
 * kafka-console-consumer --topic articles --partition 3 --offset 1234} needs to show the record
 * again. The consumer record carries the three already, so naming costs one short string per
 * message. A message without a value (a tombstone) is an empty record, skipped as an empty line
 * is. Stateless.
 */
public final class KafkaLines implements KafkaRecordDeserializationSchema<InputLine> {
  @Override
  public void deserialize(ConsumerRecord<byte[], byte[]> message, Collector<InputLine> out) {
    byte[] value = message.value();
    out.collect(new InputLine(name(message.topic(), message.partition(), message.offset()), 0,
        value == null ? "" : new String(value, StandardCharsets.UTF_8)));
  }

  /** {@code kafka:TOPIC/PARTITION@OFFSET}. */
  static String name(String topic, int partition, long offset) {
    return "kafka:" + topic + "/" + partition + "@" + offset;
  }

  @Override
  public TypeInformation<InputLine> getProducedType() {
    return TypeInformation.of(InputLine.class);
  }
}
