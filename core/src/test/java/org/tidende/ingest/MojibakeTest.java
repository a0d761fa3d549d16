package org.tidende.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MojibakeTest {
  @Test
  void utf8ReadAsLatin1OrWindows1252IsRepaired() {
    assertThat(Mojibake.repair("Undersøgelse styrker sabotagemistanke om gaslæk i \u00c3\u0098stersøen"))
        .isEqualTo("Undersøgelse styrker sabotagemistanke om gaslæk i Østersøen");
    assertThat(Mojibake.repair("Ã˜stersøen")).isEqualTo("Østersøen"); // the second byte as Windows-1252 shows it
    assertThat(Mojibake.repair("Bayern MÃ¼nchen og MalmÃ¶ FF mødes på Ã†rø")).isEqualTo("Bayern München og Malmö FF mødes på Ærø");
    assertThat(Mojibake.repair("FranÃ§ois Ozon")).isEqualTo("François Ozon");
    assertThat(Mojibake.repair("Han sa: â€œNejâ€\u009d â€“ og gik")).isEqualTo("Han sa: “Nej” – og gik");
    assertThat(Mojibake.repair("skulle\u00c2\u00a0»afmonteres«")).isEqualTo("skulle\u00a0»afmonteres«");
    assertThat(Mojibake.repair("Ã bn dagens låge. Ã ret der gik")).isEqualTo("Åbn dagens låge. Året der gik");
    assertThat(Mojibake.repair("Tesla-effekten:Â Nu falder prisen")).isEqualTo("Tesla-effekten: Nu falder prisen");
  }

  @Test
  void realTextIsLeftAsItIs() {
    String[] kept = {"Åbn dagens låge", "Ärlig talat, Ödeshög", "pâte à crêpes", "SÃO PAULO", "Ã Bn", "Ã  la carte", "Â", "Ã", "â€", ""};
    for (String s : kept) {
      assertThat(Mojibake.repair(s)).isSameAs(s);
    }
    assertThat(Mojibake.repair(null)).isNull();
  }

  @Test
  void theJsonLinesReaderRepairsTitlesAndTexts() {
    List<IngestEvent> events = new ArrayList<>();
    new JsonLinesReader().read("x.jsonl",
        "{\"id\": \"a\", \"title\": \"Gaslæk i \u00c3\u0098stersøen\", \"text\": \"Nord Stream i MalmÃ¶.\"}\n"
            .getBytes(StandardCharsets.UTF_8), events::add);
    assertThat(events).singleElement().isInstanceOfSatisfying(IngestEvent.Accepted.class, a -> {
      assertThat(a.article().title()).isEqualTo("Gaslæk i Østersøen");
      assertThat(a.article().text()).isEqualTo("Nord Stream i Malmö.");
    });
  }
}
