package org.tidende.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tidende.model.Article;
import org.tidende.model.ArticleDate;
import org.tidende.model.ArticleId;
import org.tidende.model.Language;

/** The stored form keeps the source's offset beside the UTC date, and reads records written without it. */
class ArticleCodecTest {
  private static Article dated(String raw) {
    return new Article(new ArticleId("a"), "f.jsonl", 1, null, "rbnett.no", "Brann i natt", "Det brann i natt.",
        ArticleDate.parse(raw).orElseThrow(), Language.NB, Map.of());
  }

  @Test
  void keepsTheOffsetBesideTheUnchangedDate() throws Exception {
    Article a = dated("2025-01-14T00:28:00+01:00");
    var json = ArticleCodec.encode(a);
    assertThat(json.get("date").asText()).isEqualTo("2025-01-14T00:28+01:00");
    assertThat(json.get("date_offset").asText()).isEqualTo("+01:00");
    assertThat(ArticleCodec.decode(ArticleCodec.JSON.readTree(json.toString()))).isEqualTo(a);
    // a record written before the date carried its offset: the UTC time, the offset beside it
    var old = (ObjectNode) ArticleCodec.JSON.readTree(json.toString());
    old.put("date", "2025-01-13T23:28");
    assertThat(ArticleCodec.decode(old)).isEqualTo(a);

    Article z = dated("2025-01-13T23:28:00Z").withDate(ArticleDate.parse("2025-01-13T23:28:00Z").orElseThrow().asInferred());
    var zjson = ArticleCodec.encode(z);
    assertThat(zjson.get("date_offset").asText()).isEqualTo("Z");
    Article back = ArticleCodec.decode(ArticleCodec.JSON.readTree(zjson.toString()));
    assertThat(back).isEqualTo(z);
    assertThat(back.date().offset()).isEqualTo(ZoneOffset.UTC);
    assertThat(back.date().inferred()).isTrue();
  }

  @Test
  void aLocalTimeHasNoOffsetField() {
    assertThat(ArticleCodec.encode(dated("2025-01-13T23:28")).has("date_offset")).isFalse();
    assertThat(ArticleCodec.encode(dated("2025-01-13")).has("date_offset")).isFalse();
  }

  @Test
  void recordsWrittenBeforeTheOffsetReadAsBefore() throws Exception {
    Article old = ArticleCodec.decode(ArticleCodec.JSON.readTree(
        "{\"id\":\"a\",\"file\":\"f\",\"title\":\"t\",\"text\":\"\",\"date\":\"2025-01-13T23:28\"}"));
    assertThat(old.date()).isEqualTo(ArticleDate.parse("2025-01-13T23:28").orElseThrow());
    assertThat(old.date().offset()).isNull();
  }

  @Test
  void anUnreadableOffsetIsACorruptRecord() {
    assertThatThrownBy(() -> ArticleCodec.decode(ArticleCodec.JSON.readTree(
        "{\"id\":\"a\",\"file\":\"f\",\"title\":\"t\",\"text\":\"\",\"date\":\"2025-01-13T23:28\",\"date_offset\":\"x\"}")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("date offset");
  }
}
