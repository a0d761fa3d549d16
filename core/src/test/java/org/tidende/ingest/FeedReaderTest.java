package org.tidende.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.tidende.model.Article;
import org.tidende.model.Language;

class FeedReaderTest {

  private static List<Article> read(String xml) {
    List<Article> out = new ArrayList<>();
    new FeedReader().read("f.xml", xml.getBytes(StandardCharsets.UTF_8), ev -> {
      if (ev instanceof IngestEvent.Accepted a) {
        out.add(a.article());
      }
    });
    return out;
  }

  /**
   * XML that is no feed (a sitemap) says so, naming its root element; a feed without items says
   * that. Before, a sitemap was "feed has no items or entries", as if it were an empty feed.
   */
  @Test
  void xmlThatIsNoFeedSaysSo() {
    List<String> said = new ArrayList<>();
    FeedReader feeds = new FeedReader();
    feeds.read("sitemap.xml", "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://x.example/a</loc></url></urlset>"
        .getBytes(StandardCharsets.UTF_8), ev -> said.add(ev instanceof IngestEvent.Rejected r ? r.rejection().toString() : ev.toString()));
    feeds.read("empty.rss", "<rss version=\"2.0\"><channel><title>Tom</title></channel></rss>".getBytes(StandardCharsets.UTF_8),
        ev -> said.add(ev instanceof IngestEvent.Rejected r ? r.rejection().toString() : ev.toString()));
    assertThat(said).containsExactly("sitemap.xml: not an RSS or Atom feed: its root element is <urlset>, not <rss>, <feed> or <rdf:RDF>",
        "empty.rss: feed has no items or entries");
  }

  /**
   * An HTML page read as a feed (a site's home page given to {@code serve --feed}, a page saved as
   * {@code .rss}) is said to be a page, naming the feed it links to, resolved against the page's
   * URL; before session 37 the XML parser's words were said ("The element type \"meta\" must be
   * terminated by the matching end-tag"), or for an XHTML page its root element alone.
   */
  @Test
  void anHtmlPageIsSaidToBeOneNamingItsFeed() {
    List<String> said = new ArrayList<>();
    FeedReader feeds = new FeedReader();
    Consumer<IngestEvent> sink =
        ev -> said.add(ev instanceof IngestEvent.Rejected r ? r.rejection().toString() : ev.toString());
    feeds.read("https://nrk.example/vestland/", """
        <!DOCTYPE html>
        <html lang="nn"><head><meta charset="utf-8"><title>NRK Vestland</title>
        <link rel="alternate" type="application/rss+xml" title="Vestland" href="/vestland/toppsaker.rss">
        <link rel="alternate" type="application/atom+xml" href="https://nrk.example/vestland.atom">
        </head><body><p>Nyheiter<br></p></body></html>
        """.getBytes(StandardCharsets.UTF_8), sink);
    feeds.read("side.rss", "\uFEFF<?xml version=\"1.0\"?>\n<!-- saved -->\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>T</title></head><body/></html>"
        .getBytes(StandardCharsets.UTF_8), sink);
    assertThat(said).containsExactly("https://nrk.example/vestland/: not an RSS or Atom feed but an HTML page; it names its feed: "
            + "https://nrk.example/vestland/toppsaker.rss (and 1 more)",
        "side.rss: not an RSS or Atom feed but an HTML page (it links to no feed in its <head>)");
    assertThat(read("<?xml version=\"1.0\"?><!-- <html> export --><rss version=\"2.0\"><channel><title>html</title>"
        + "<item><title>Sak</title></item></channel></rss>")).as("a feed whose comment names html is read").hasSize(1);
  }

  /**
   * A malformed item (an unclosed {@code <b>}, which stops the XML parser) is rejected at its line,
   * and the feed is read on from the next item: the items after it are read, each at its own line,
   * the channel's language still theirs; a feed cut off inside its last item says so as before.
   * Before, every item after the malformed one was lost without a word.
   */
  @Test
  void theItemsAfterAMalformedOneAreReadOn() {
    List<String> said = new ArrayList<>();
    List<String> read = new ArrayList<>();
    String feed = """
        <?xml version="1.0"?><rss version="2.0"><channel><title>Avis</title><language>nb</language>
        <item><title>Første sak om brann</title><description>Brannvesenet rykket ut.</description><guid>g1</guid></item>
        <item><title>Ødelagt <b>tittel</title><description>Tekst.</description><guid>g2</guid></item>
        <item><title>Tredje sak om valget</title><description>Valget ble avgjort.</description><guid>g3</guid></item>
        <item><title>Fjerde <i>sak</title><guid>g4</guid></item>
        <item><title>Femte sak om været</title><description>Det blir regn.</description><guid>g5</guid></item>
        <item><title>Sjette sak, avkuttet</title><descr""";
    new FeedReader().read("f.rss", feed.getBytes(StandardCharsets.UTF_8), ev -> {
      if (ev instanceof IngestEvent.Rejected r) {
        said.add(r.rejection().toString());
      } else if (ev instanceof IngestEvent.Accepted a) {
        read.add(a.article().id().value() + "@" + a.article().line() + " " + a.article().declaredLanguage());
      }
    });
    assertThat(read).containsExactly("g1@2 nb", "g3@4 nb", "g5@6 nb");
    assertThat(said).hasSize(3);
    assertThat(said.get(0)).startsWith("f.rss:3: malformed or truncated feed: item 2 cut off: ")
        .endsWith("\"</b>\"; read on from line 4, the next item");
    assertThat(said.get(1)).startsWith("f.rss:5: malformed or truncated feed: item 4 cut off: ")
        .endsWith("; read on from line 6, the next item");
    assertThat(said.get(2)).startsWith("f.rss:7: malformed or truncated feed: item 6 cut off: ").doesNotContain("read on");
  }

  /**
   * An Atom feed's malformed entry is called an entry, and a feed in UTF-16 is read on after a
   * malformed item as a UTF-8 one is. Before (session 34), the messages said "item 2" of an Atom
   * entry, and a UTF-16 feed, parsed from its bytes, lost every item after the malformed one.
   */
  @Test
  void atomEntriesAreCalledEntriesAndAUtf16FeedIsReadOn() {
    String atom = """
        <?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Avis</title>
        <entry><id>a1</id><title>Første sak</title><summary>Tekst en.</summary></entry>
        <entry><id>a2</id><title>Ødelagt <b>tittel</title><summary>Tekst.</summary></entry>
        <entry><id>a3</id><title>Tredje sak</title><summary>Tekst tre.</summary></entry>
        </feed>""";
    List<String> said = new ArrayList<>();
    List<String> read = new ArrayList<>();
    Consumer<IngestEvent> sink = ev -> {
      if (ev instanceof IngestEvent.Rejected r) {
        said.add(r.rejection().toString());
      } else if (ev instanceof IngestEvent.Accepted a) {
        read.add(a.article().id().value() + "@" + a.article().line());
      }
    };
    new FeedReader().read("f.atom", atom.getBytes(StandardCharsets.UTF_8), sink);
    assertThat(read).containsExactly("a1@2", "a3@4");
    assertThat(said).singleElement().asString().startsWith("f.atom:3: malformed or truncated feed: entry 2 cut off: ")
        .endsWith("; read on from line 4, the next entry");
    said.clear();
    read.clear();
    String rss = """
        <?xml version="1.0" encoding="UTF-16"?><rss version="2.0"><channel><title>Avis</title>
        <item><title>Første sak</title><guid>g1</guid></item>
        <item><title>Ødelagt <b>tittel</title><guid>g2</guid></item>
        <item><title>Tredje sak om Århus</title><guid>g3</guid></item>
        </channel></rss>""";
    for (Charset cs : List.of(StandardCharsets.UTF_16, StandardCharsets.UTF_16LE)) { // with a mark, and without
      new FeedReader().read("u.rss", rss.getBytes(cs), sink);
    }
    assertThat(read).containsExactly("g1@2", "g3@4", "g1@2", "g3@4");
    assertThat(said).hasSize(2).allSatisfy(m -> assertThat(m).startsWith("u.rss:3: malformed or truncated feed: item 2 cut off: ")
        .endsWith("; read on from line 4, the next item"));
    // UTF-32 with its byte-order mark (either order) likewise; until session 35 parsed from its bytes, and g3 lost
    said.clear();
    read.clear();
    String rss32 = rss.replace("UTF-16", "UTF-32");
    for (String order : List.of("LE", "BE")) {
      byte[] mark = order.equals("LE") ? new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0} : new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF};
      byte[] body = rss32.getBytes(Charset.forName("UTF-32" + order));
      byte[] bytes = Arrays.copyOf(mark, mark.length + body.length);
      System.arraycopy(body, 0, bytes, mark.length, body.length);
      new FeedReader().read("u.rss", bytes, sink);
    }
    assertThat(read).containsExactly("g1@2", "g3@4", "g1@2", "g3@4");
    assertThat(said).hasSize(2).allSatisfy(m -> assertThat(m).startsWith("u.rss:3: malformed or truncated feed: item 2 cut off: ")
        .endsWith("; read on from line 4, the next item"));
  }

  /**
   * A bare {@code <} that can start no markup ({@code "Renta < 5 %"}, {@code "under <3 grader"}) is
   * text: the item is read with it. Before, it stopped the XML parser, and the item was lost.
   */
  @Test
  void aBareLessThanIsText() {
    List<Article> items = read("""
        <?xml version="1.0"?><rss version="2.0"><channel><title>Avis</title>
        <item><title>Renta < 5 % i år</title><description>Kaldt, under <3 grader.</description><guid>l1</guid></item>
        <item><title>Neste</title><description>Tekst.</description><guid>l2</guid></item>
        </channel></rss>""");
    assertThat(items).extracting(a -> a.title() + "|" + a.text())
        .containsExactly("Renta < 5 % i år|Kaldt, under <3 grader.", "Neste|Tekst.");
  }

  @Test
  void rss2ItemsWithHtmlDescriptionsAndDates() {
    List<Article> items = read("""
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Avis</title><language>nn</language>
        <item><title>Ferja er tilbake</title><link>https://example.org/a</link>
        <pubDate>Wed, 24 Apr 2019 10:00:00 +0200</pubDate>
        <description><![CDATA[<p>Første avsnitt.</p><p>Andre &amp; siste.</p>]]></description></item>
        </channel></rss>""");
    assertThat(items).singleElement().satisfies(a -> {
      assertThat(a.title()).isEqualTo("Ferja er tilbake");
      assertThat(a.text()).isEqualTo("Første avsnitt.\n\nAndre & siste.");
      assertThat(a.url()).isEqualTo("https://example.org/a");
      assertThat(a.id().value()).isEqualTo("https://example.org/a");
      assertThat(a.date().toString()).isEqualTo("2019-04-24T08:00");
      assertThat(a.declaredLanguage()).isEqualTo(Language.NN);
    });
  }

  @Test
  void aSlashedDateBothOrdersCouldReadIsReadDayFirstInADayFirstLanguage() {
    String feed = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Avis</title><language>%s</language>
        <item><title>Ferja er tilbake</title><link>https://example.org/a</link>
        <pubDate>05/04/2019 10:00</pubDate><description>Ferja går igjen.</description></item>
        <item><title>Ferja er borte</title><link>https://example.org/b</link><language>en</language>
        <pubDate>05/04/2019</pubDate><description>The ferry is gone.</description></item>
        </channel></rss>""";
    assertThat(read(feed.formatted("nb"))).extracting(a -> String.valueOf(a.date()))
        .containsExactly("2019-04-05T10:00", "null"); // the item's own "en" leaves it unread
    assertThat(read(feed.formatted("en-US"))).extracting(a -> String.valueOf(a.date())).containsExactly("null", "null");
  }

  @Test
  void relativeItemLinksAreResolvedAgainstTheFeedsOwnLinkOrXmlBase() {
    List<Article> rss = read("""
        <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>Avis</title>
        <atom:link rel="self" href="https://feeds.example.org/rss"/><link>https://avis.example.no/</link>
        <image><link>https://cdn.example.net/</link></image>
        <item><title>Ferja er tilbake</title><link>/nyheter/1</link><description>Ein tekst.</description></item>
        <item><title>Brua er stengd</title><link>https://annan.example.no/2</link></item>
        </channel></rss>""");
    assertThat(rss).extracting(Article::url).containsExactly("https://avis.example.no/nyheter/1", "https://annan.example.no/2");
    assertThat(rss.get(0).id().value()).isEqualTo("https://avis.example.no/nyheter/1");
    List<Article> atom = read("""
        <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://atom.example.se/sv/"><title>A</title>
        <link rel="self" href="https://atom.example.se/feed"/>
        <entry><title>Storm</title><id>tag:a,2019:1</id><link href="nyheter/1"/></entry>
        <entry xml:base="/en/"><title>Storm</title><id>tag:a,2019:2</id><link href="news/1"/></entry>
        </feed>""");
    assertThat(atom).extracting(Article::url).containsExactly("https://atom.example.se/sv/nyheter/1", "https://atom.example.se/en/news/1");
    assertThat(atom.get(0).id().value()).isEqualTo("tag:a,2019:1");
    assertThat(read("<rss><channel><item><title>T</title><link>/a b</link></item></channel></rss>"))
        .extracting(Article::url).containsExactly("/a b"); // no base, and no URI: kept as written
  }

  @Test
  void aPermalinkGuidIsTheLinkAndBreaksSeparateParagraphs() {
    List<Article> items = read("""
        <rss version="2.0"><channel><title>Avis</title><link>https://avis.example.no/</link>
        <item><title>Ein</title><guid>https://avis.example.no/a/1</guid>
        <description><![CDATA[Brannvesenet rykka ut natt til fredag.<br><br>Ingen vart skadde.<br/>Politiet etterforskar.]]></description></item>
        <item><title>To</title><guid isPermaLink="true">/a/2</guid><description>Tekst.</description></item>
        <item><title>Tre</title><guid isPermaLink="false">https://avis.example.no/intern/3</guid><description>Tekst.</description></item>
        <item><title>Fire</title><guid>urn:uuid:4</guid><description><![CDATA[<p>Eitt.<br><br>Same avsnitt.</p>]]></description></item>
        </channel></rss>""");
    assertThat(items).extracting(Article::url).containsExactly(
        "https://avis.example.no/a/1", "https://avis.example.no/a/2", null, null);
    assertThat(items).extracting(a -> a.id().value()).containsExactly(
        "https://avis.example.no/a/1", "/a/2", "https://avis.example.no/intern/3", "urn:uuid:4");
    assertThat(items.get(0).text()).isEqualTo("Brannvesenet rykka ut natt til fredag.\n\nIngen vart skadde. Politiet etterforskar.");
    assertThat(items.get(3).text()).isEqualTo("Eitt. Same avsnitt.");
  }

  private static List<IngestEvent> events(byte[] feed) {
    List<IngestEvent> out = new ArrayList<>();
    new FeedReader().read("f.xml", feed, out::add);
    return out;
  }

  private static final String TWO_ITEMS = "<?xml version=\"1.0\" encoding=\"%s\"?>\n<rss><channel>"
      + "<item><title>Ferja</title><description>Ho er tilbake.</description></item>\n"
      + "<item><title>%s</title><description>Andre sak.</description></item></channel></rss>";

  @Test
  void encodingNamesTheParserDoesNotKnowAndBytesThatAreNotTheDeclaredUtf8LoseNoItem() {
    for (String name : List.of("utf8", "UTF8", "cp1252", "iso8859-1", "latin1")) {
      var titles = events(String.format(TWO_ITEMS, name, "Bær på tur").getBytes(
              name.startsWith("utf") || name.startsWith("UTF") ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1))
          .stream().filter(e -> e instanceof IngestEvent.Accepted).map(e -> ((IngestEvent.Accepted) e).article().title());
      assertThat(titles).as(name).containsExactly("Ferja", "Bær på tur");
    }
    // declared UTF-8, written in Windows-1252 by the feed's template: read as that, and said
    List<IngestEvent> legacy = events(String.format(TWO_ITEMS, "UTF-8", "Bær på tur – igjen")
        .getBytes(Charset.forName("windows-1252")));
    assertThat(legacy).filteredOn(e -> e instanceof IngestEvent.Accepted)
        .extracting(e -> ((IngestEvent.Accepted) e).article().title()).containsExactly("Ferja", "Bær på tur – igjen");
    assertThat(legacy).filteredOn(e -> e instanceof IngestEvent.Warning).singleElement().asString()
        .isEqualTo("f.xml:3: invalid UTF-8; read as Windows-1252 (if it is in another encoding, such as Shift_JIS, "
            + "GB18030 or KOI8-R, declare it in the first line, <?xml version=\"1.0\" encoding=\"Shift_JIS\"?>, or convert "
            + "it to UTF-8, e.g. iconv -f SHIFT_JIS -t UTF-8 f.xml > utf8-f.xml)");
    // a name no one knows, and UTF-16 declared over bytes that are not: read as UTF-8, with a warning
    for (String name : List.of("foo-bar", "UTF-16")) {
      List<IngestEvent> ev = events(String.format(TWO_ITEMS, name, "Bær på tur").getBytes(StandardCharsets.UTF_8));
      assertThat(ev).as(name).filteredOn(e -> e instanceof IngestEvent.Accepted).hasSize(2);
      assertThat(ev).as(name).filteredOn(e -> e instanceof IngestEvent.Warning).singleElement().asString().contains(name);
    }
  }

  @Test
  void softHyphensInTitlesAndDescriptionsAreDropped() {
    List<Article> items = read("""
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Avis</title>
        <item><title>Opprør då omsorgs&#173;pasientar skulle flyttast</title><link>https://example.org/b</link>
        <description><![CDATA[<p>Pårørande&shy;møte ved omsorgstunet.</p>]]></description></item>
        </channel></rss>""");
    assertThat(items).singleElement().satisfies(a -> {
      assertThat(a.title()).isEqualTo("Opprør då omsorgspasientar skulle flyttast");
      assertThat(a.text()).isEqualTo("Pårørandemøte ved omsorgstunet.");
    });
  }

  @Test
  void atomEntries() {
    List<Article> items = read("""
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Feed</title>
        <entry><title>Atom-sak</title><id>urn:uuid:1</id><link rel="alternate" href="https://example.org/b"/>
        <published>2025-01-09T07:12:00Z</published><summary type="html">&lt;b&gt;Kort&lt;/b&gt; samandrag.</summary></entry>
        </feed>""");
    assertThat(items).singleElement().satisfies(a -> {
      assertThat(a.id().value()).isEqualTo("urn:uuid:1");
      assertThat(a.url()).isEqualTo("https://example.org/b");
      assertThat(a.text()).isEqualTo("Kort samandrag.");
      assertThat(a.date().toString()).isEqualTo("2025-01-09T07:12");
    });
  }

  @Test
  void externalEntitiesAreNotResolved() {
    List<IngestEvent> events = new ArrayList<>();
    new FeedReader().read("x.xml", """
        <?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>
        <rss><channel><item><title>&x;</title><description>d</description></item></channel></rss>"""
        .getBytes(StandardCharsets.UTF_8), events::add);
    assertThat(events).noneMatch(e -> e instanceof IngestEvent.Accepted a && a.article().title().contains("root"));
  }

  @Test
  void mediaElementsAndNestedSourcesDoNotOverwriteTheItemsFields() {
    List<Article> items = read("""
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
             xmlns:media="http://search.yahoo.com/mrss/"><channel><title>Avis</title>
        <item><title>Brann i Bergen sentrum</title><link>https://example.org/c</link>
        <content:encoded><![CDATA[<p>Brannvesenet rykket ut natt til tirsdag.</p>]]></content:encoded>
        <media:content url="https://example.org/c.jpg" medium="image">
          <media:title>Bildetekst</media:title><media:description>Foto: NTB</media:description></media:content>
        </item>
        </channel></rss>""");
    assertThat(items).singleElement().satisfies(a -> {
      assertThat(a.title()).isEqualTo("Brann i Bergen sentrum");
      assertThat(a.text()).isEqualTo("Brannvesenet rykket ut natt til tirsdag.");
    });
    List<Article> entries = read("""
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Feed</title>
        <entry><title>Atom-sak</title><id>urn:uuid:2</id><author><name>Kari Nordmann</name></author>
        <source><id>urn:other-feed</id><title>Another feed</title></source>
        <summary>Kort samandrag.</summary></entry>
        </feed>""");
    assertThat(entries).singleElement().satisfies(a -> {
      assertThat(a.id().value()).isEqualTo("urn:uuid:2");
      assertThat(a.title()).isEqualTo("Atom-sak");
      assertThat(a.source()).isEqualTo("Another feed");
      assertThat(a.label("author")).isEqualTo("Kari Nordmann");
    });
  }

  @Test
  void rssAndAtomWritersAreTheAuthorLabelAndThePublicationTheSource() {
    List<Article> rss = read("""
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Fjordposten</title>
        <link>https://fjordposten.example/</link>
        <item><title>Ny bru over sundet</title><link>https://fjordposten.example/bru</link>
        <dc:creator>Ola Fjellstad</dc:creator><dc:creator>Siri Holm</dc:creator>
        <description>Brua opnar i mai.</description></item>
        <item><title>Skulen får nytt tak</title><link>https://fjordposten.example/tak</link>
        <author>ola@fjordposten.example (Ola Fjellstad)</author>
        <source url="https://vestavis.example/rss">Vestavisa</source>
        <description>Arbeidet startar i juni.</description></item>
        </channel></rss>""");
    assertThat(rss).hasSize(2);
    assertThat(rss.get(0).source()).isNull();
    assertThat(rss.get(0).label("author")).isEqualTo("Ola Fjellstad, Siri Holm");
    assertThat(rss.get(1).source()).isEqualTo("Vestavisa");
    assertThat(rss.get(1).label("author")).isEqualTo("Ola Fjellstad");
    List<Article> atom = read("""
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Fjordposten</title>
        <entry><title>Ny bru over sundet</title><id>urn:uuid:bru</id>
        <author><name>Ola Fjellstad</name><email>ola@fjordposten.example</email></author>
        <summary>Brua opnar i mai.</summary></entry>
        </feed>""");
    assertThat(atom).singleElement().satisfies(a -> {
      assertThat(a.source()).isNull();
      assertThat(a.label("author")).isEqualTo("Ola Fjellstad");
    });
  }

  @Test
  void atomXhtmlContentKeepsItsText() {
    List<Article> items = read("""
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Feed</title>
        <entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Valet <b>i dag</b></div></title>
        <id>urn:uuid:3</id>
        <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Första stycket om <b>valet</b> &amp; mer.</p>
        <p>Andra stycket.</p></div></content></entry>
        </feed>""");
    assertThat(items).singleElement().satisfies(a -> {
      assertThat(a.title()).isEqualTo("Valet i dag");
      assertThat(a.text()).isEqualTo("Första stycket om valet & mer.\n\nAndra stycket.");
    });
  }

  @Test
  void htmlEntitiesAndBareAmpersandsDoNotCutTheFeedOff() {
    List<Article> items = read("""
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Avis</title>
        <item><title>Første sak</title><link>https://example.org/1</link><description>Tekst.</description></item>
        <item><title>Ferja&nbsp;er tilbake &ndash; R&D i Bod&oslash;</title><link>https://example.org/2?a=1&b=2</link>
        <description>Andre tekst &amp; mer.</description></item>
        <item><title>Tredje sak</title><link><![CDATA[https://example.org/3?a=1&amp=2]]></link>
        <description><![CDATA[<p>Tredje&nbsp;tekst.</p>]]></description></item>
        </channel></rss>""");
    assertThat(items).extracting(Article::title)
        .containsExactly("Første sak", "Ferja er tilbake – R&D i Bodø", "Tredje sak");
    assertThat(items.get(1).url()).isEqualTo("https://example.org/2?a=1&b=2");
    assertThat(items.get(1).text()).isEqualTo("Andre tekst & mer.");
    assertThat(items.get(2).url()).isEqualTo("https://example.org/3?a=1&amp=2");
    assertThat(items.get(2).text()).isEqualTo("Tredje tekst.");
  }

  @Test
  void strayControlCharactersDoNotCutTheFeedOffAndUtf16FeedsAreLeftToTheParser() {
    List<Article> items = read("""
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Avis</title>
        <item><title>Første\u000b sak</title><guid>k1</guid><description>Tekst\u001f ein.</description></item>
        <item><title>Andre sak</title><guid>k2</guid><description>Tekst to &amp; meir.</description></item>
        </channel></rss>""");
    assertThat(items).extracting(Article::title).containsExactly("Første sak", "Andre sak");
    assertThat(items.get(0).text()).isEqualTo("Tekst ein.");

    List<Article> utf16 = new ArrayList<>();
    new FeedReader().read("u.xml", ("<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss><channel><item><guid>u1</guid>"
        + "<title>Søren &amp; Århus i dag</title></item></channel></rss>").getBytes(StandardCharsets.UTF_16), ev -> {
          if (ev instanceof IngestEvent.Accepted a) {
            utf16.add(a.article());
          }
        });
    assertThat(utf16).singleElement().satisfies(a -> assertThat(a.title()).startsWith("Søren & Århus"));
  }
}
