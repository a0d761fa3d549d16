package org.tidende.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.tidende.model.ArticleDate;
import org.tidende.model.Language;

class HtmlExtractorTest {
  private final HtmlExtractor extractor = new HtmlExtractor();

  static final String P1 = "Ferja mellom Lavik og Oppedal stod i to timar tysdag, etter at ein motor "
      + "svikta like før avgang. Over tretti bilar venta i kø på begge sider av fjorden.";
  static final String P2 = "Reiarlaget seier at reservedelar kjem med fly frå Bergen, og at ferja skal "
      + "vere i drift att onsdag morgon, om alt går etter planen.";
  static final String P3 = "Pendlarar som er avhengige av sambandet, fortel at dette er tredje gongen i "
      + "haust, og at dei no vurderer å ta fri heller enn å stå i kø.";

  /** A news page with everything an extractor must leave behind. */
  static String newsPage() {
    return """
        <!DOCTYPE html>
        <html lang="nn-NO"><head>
        <meta charset="utf-8">
        <title>Ferja stod i to timar | Fjordavisa</title>
        <meta property="og:title" content="Ferja stod i to timar">
        <meta property="article:published_time" content="2024-10-08T14:05:00+02:00">
        <link rel="canonical" href="/nyhende/ferja-stod">
        </head><body>
        <div id="cookie-banner"><p>Vi brukar informasjonskapslar for å gje deg ei betre oppleving,
          les meir om korleis vi handsamar personvern, samtykke og statistikk.</p></div>
        <header class="site-header"><a href="/">Fjordavisa</a></header>
        <nav><ul><li><a href="/nyhende">Nyhende</a></li><li><a href="/sport">Sport</a></li>
          <li><a href="/kultur">Kultur</a></li></ul></nav>
        <main><article class="article">
          <h1>Ferja stod i to timar</h1>
          <div class="share-buttons"><a href="#">Del på Facebook</a> <a href="#">Del på X</a></div>
          <p class="lead">%s</p>
          <figure><img src="ferje.jpg"><figcaption>Ei anna ferje, arkivfoto.</figcaption></figure>
          <p>%s</p>
          <div class="ad-slot">Annonse</div>
          <p>%s</p>
        </article>
        <section class="related-articles"><h2>Les også</h2><ul>
          <li><a href="/a">Bussen kom ikkje i dag heller</a></li>
          <li><a href="/b">Ny bru over fjorden kan bli dyrare enn venta</a></li></ul></section>
        <section id="comments"><h2>Kommentarar</h2>
          <div class="comment"><p>Dette er heilt uhaldbart, nokon må ta ansvar for dette sambandet no,
          og det før vinteren kjem for fullt.</p></div></section>
        </main>
        <footer><p>Fjordavisa, Postboks 1, 6900 Florø. Ansvarleg redaktør: Kari Nordmann.</p></footer>
        </body></html>
        """.formatted(P1, P2, P3);
  }

  @Test
  void keepsTheArticleAndLeavesTheFurniture() {
    ExtractedPage page = extractor.extract(newsPage().getBytes(StandardCharsets.UTF_8), null,
        "https://fjordavisa.example/nyhende/ferja-stod?utm=x");

    assertThat(page.text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
    assertThat(page.title()).isEqualTo("Ferja stod i to timar");
    assertThat(page.date()).isEqualTo(ArticleDate.parse("2024-10-08T14:05:00+02:00").orElseThrow());
    assertThat(page.canonicalUrl()).isEqualTo("https://fjordavisa.example/nyhende/ferja-stod");
    assertThat(page.declaredLanguage()).isEqualTo(Language.NN);
  }

  @Test
  void usesJsonLdArticleBodyWhenThePageShowsOnlyATeaser() {
    String body = "Første avsnitt av saka, som sida sjølv lastar med JavaScript. "
        .repeat(6) + "\nAndre avsnitt med meir om saka og kva som skjer vidare. ".repeat(4);
    String html = """
        <html><head><title>Saka</title>
        <script type="application/ld+json">
        {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Avisa"},
         {"@type":"NewsArticle","headline":"Saka i kortform","datePublished":"2023-05-17",
          "articleBody":%s,}]}
        </script></head>
        <body><div class="teaser"><p>Berre ein kort ingress her.</p></div></body></html>
        """.formatted(jsonString(body));

    ExtractedPage page = extractor.extract(html.getBytes(StandardCharsets.UTF_8), null, null);

    assertThat(page.text()).startsWith("Første avsnitt av saka").contains("\n\nAndre avsnitt");
    assertThat(page.date()).isEqualTo(ArticleDate.ofDay(LocalDate.of(2023, 5, 17)));
  }

  @Test
  void readsTheCharsetFromMetaAndFromTheHeader() {
    String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
        + "</head><body><article><p>" + P1.replace("Lavik", "Lærdal og Årøy") + "</p><p>" + P2
        + "</p></article></body></html>";
    byte[] latin1 = html.getBytes(StandardCharsets.ISO_8859_1);

    assertThat(extractor.extract(latin1, null, null).text()).contains("Lærdal og Årøy");
    String noMeta = html.replaceFirst("<meta[^>]+>", "");
    byte[] cp1252 = noMeta.getBytes(Charset.forName("windows-1252"));
    assertThat(extractor.extract(cp1252, "text/html; charset=windows-1252", null).text())
        .contains("Lærdal og Årøy");
    // Undeclared and not valid UTF-8: read as windows-1252, as browsers do.
    assertThat(extractor.extract(cp1252, null, null).text()).contains("Lærdal og Årøy");
    // Declared UTF-8 by a template over windows-1252 text: its letters kept, not U+FFFD.
    byte[] mislabelled = newsPage().replace("Lavik", "Lærdal og Årøy").getBytes(Charset.forName("windows-1252"));
    assertThat(extractor.extract(mislabelled, null, null).text()).contains("Lærdal og Årøy").doesNotContain("\uFFFD");
    assertThat(extractor.extract(mislabelled, "text/html; charset=UTF-8", null).text()).contains("Lærdal og Årøy");
  }

  @Test
  void readsGzipAndByteOrderMarks() throws IOException {
    byte[] utf8 = newsPage().getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(utf8);
    }
    assertThat(extractor.extract(gz.toByteArray(), null, null).text()).contains(P2);

    byte[] bom = concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, utf8);
    assertThat(extractor.extract(bom, "text/html; charset=iso-8859-1", null).text()).contains(P1);

    String noMeta = newsPage().replace("<meta charset=\"utf-8\">", "");
    byte[] utf16 = concat(new byte[] {(byte) 0xff, (byte) 0xfe}, noMeta.getBytes(StandardCharsets.UTF_16LE));
    assertThat(extractor.extract(utf16, null, null).text()).contains(P3);
  }

  /**
   * The page says whether it was read as Windows-1252 for want of a declared charset over bytes
   * that are not UTF-8, found while decoding it (gzip'd too): the reader warns by it without
   * inflating and decoding the bytes again, as it did until session 39. A declared charset (meta,
   * header, byte order mark) or UTF-8 bytes say nothing.
   */
  @Test
  void aPageSaysWhetherItWasReadAsWindows1252ForWantOfACharset() throws IOException {
    String noMeta = newsPage().replace("<meta charset=\"utf-8\">", "").replace("Lavik", "Lærdal og Årøy");
    byte[] latin = noMeta.getBytes(Charset.forName("windows-1252"));
    assertThat(extractor.extract(latin, null, null).undeclaredNotUtf8()).isTrue();
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(latin);
    }
    assertThat(extractor.extract(gz.toByteArray(), null, null).undeclaredNotUtf8()).isTrue();
    assertThat(extractor.extract(latin, "text/html; charset=windows-1252", null).undeclaredNotUtf8()).isFalse();
    assertThat(extractor.extract(latin, "text/html; charset=utf-8", null).undeclaredNotUtf8()).isFalse();
    byte[] declared = ("<meta charset=\"iso-8859-1\">" + noMeta).getBytes(Charset.forName("windows-1252"));
    assertThat(extractor.extract(declared, null, null).undeclaredNotUtf8()).isFalse();
    assertThat(extractor.extract(noMeta.getBytes(StandardCharsets.UTF_8), null, null).undeclaredNotUtf8()).isFalse();
    assertThat(extractor.extract(new byte[0], null, null).undeclaredNotUtf8()).isFalse();
  }

  @Test
  void truncatedGzipStillGivesWhatWasInflated() throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(newsPage().getBytes(StandardCharsets.UTF_8));
    }
    byte[] all = gz.toByteArray();
    byte[] cut = Arrays.copyOf(all, all.length - 20);
    assertThat(extractor.extract(cut, null, null).title()).isEqualTo("Ferja stod i to timar");
  }

  @Test
  void emptyAndGarbageGiveAnEmptyPage() {
    assertThat(extractor.extract(null, null, null).isEmpty()).isTrue();
    assertThat(extractor.extract(new byte[0], "text/html", "not a uri").isEmpty()).isTrue();
    assertThat(extractor.extract("   \n ".getBytes(StandardCharsets.UTF_8), null, null).isEmpty()).isTrue();
    byte[] garbage = new byte[50_000];
    new Random(42).nextBytes(garbage);
    ExtractedPage page = extractor.extract(garbage, "text/html; charset=nonsense-charset", null);
    assertThat(page.text()).isEmpty();
    assertThat(page.title()).isEmpty();
    assertThat(page.declaredLanguage()).isEqualTo(Language.UND);
    byte[] gzipMagicOnly = {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3};
    assertThat(extractor.extract(gzipMagicOnly, null, null).isEmpty()).isTrue();
  }

  @Test
  void truncatedHtmlKeepsTheParagraphsThatArrived() {
    String full = newsPage();
    String cut = full.substring(0, full.indexOf(P3) + 40);
    ExtractedPage page = extractor.extract(cut.getBytes(StandardCharsets.UTF_8), null, null);
    assertThat(page.text()).startsWith(P1 + "\n\n" + P2);
    assertThat(page.title()).isEqualTo("Ferja stod i to timar");
  }

  @Test
  void survivesDeeplyNestedTagSoup() {
    String soup = "<div>".repeat(20_000) + "<p>" + P1 + "</p><p>" + P2 + "</p>" + "<b><i>".repeat(5_000);
    ExtractedPage page = extractor.extract(soup.getBytes(StandardCharsets.UTF_8), null, null);
    assertThat(page.text()).contains(P1);
  }

  @Test
  void findsDatesInTimeElementsAndDatelines() {
    String withTime = "<html><body><article><time datetime=\"2021-03-04T08:30:00Z\">i går</time>"
        + "<p>" + P1 + "</p></article></body></html>";
    assertThat(extractor.extract(withTime.getBytes(StandardCharsets.UTF_8), null, null).date())
        .isEqualTo(ArticleDate.parse("2021-03-04T08:30:00Z").orElseThrow());
    String withDateline = "<html><body><article><div class=\"byline\">Publisert 5. desember 2022</div>"
        + "<p>" + P1 + "</p></article></body></html>";
    assertThat(extractor.extract(withDateline.getBytes(StandardCharsets.UTF_8), null, null).date())
        .isEqualTo(ArticleDate.ofDay(LocalDate.of(2022, 12, 5)));
    String none = "<html><body><p>" + P1 + "</p></body></html>";
    assertThat(extractor.extract(none.getBytes(StandardCharsets.UTF_8), null, null).date()).isNull();
  }

  @Test
  void keepsEmbeddedQuotesAndSubheadingsInsideTheArticle() {
    String html = "<html><body><div class=\"article-body\"><p>" + P1 + "</p>"
        + "<h2>Kva no?</h2><p>" + P2 + "</p>"
        + "<div class=\"social-embed\"><blockquote class=\"twitter-tweet\"><p>Ferja står att, igjen. "
        + "<a href=\"https://t.co/x\">https://t.co/x</a></p>— Ola (@ola) <a href=\"#\">8. oktober 2024</a>"
        + "</blockquote></div><p>" + P3 + "</p></div></body></html>";
    String text = extractor.extract(html.getBytes(StandardCharsets.UTF_8), null, null).text();
    assertThat(text).contains("\n\nKva no?\n\n").contains("Ferja står att, igjen.").endsWith(P3);
  }

  @Test
  void headlineSkipsALogoH1AndDropsTheSiteName() {
    String html = """
        <html><head><title>Ferja stod i to timar | Fjordavisa</title>
        <meta property="og:site_name" content="Fjordavisa"></head>
        <body><h1 class="logo">Fjordavisa</h1><article><h1>Ferja stod i to timar</h1><p>%s</p></article>
        </body></html>""".formatted(P1);
    assertThat(extractor.extract(html.getBytes(StandardCharsets.UTF_8), null, null).title())
        .isEqualTo("Ferja stod i to timar");
    String noH1 = "<html><head><title>Fjordavisa - Ferja stod i to timar</title>"
        + "<meta property=\"og:site_name\" content=\"Fjordavisa\"></head><body><p>" + P1 + "</p></body></html>";
    assertThat(extractor.extract(noH1.getBytes(StandardCharsets.UTF_8), null, null).title())
        .isEqualTo("Ferja stod i to timar");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static String jsonString(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }
}
