package org.tidende.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;
import org.jsoup.select.Elements;
import org.tidende.model.Article;
import org.tidende.model.ArticleDate;
import org.tidende.model.ArticleId;
import org.tidende.model.Language;

/**
 * Reads RSS 2.0 (and RSS 1.0/RDF) and Atom feeds: one article per {@code item} or {@code entry}.
 *
 * <p>Design. A streaming StAX parse (external entities and DTDs off) keeps every item completed
 * before an error: a truncated or malformed feed yields the items read so far, and the error is
 * reported with its line; after a malformed item the feed is read on from the next item's start
 * tag (since session 34, {@link #readOn}: the header kept, the items before blanked to their line
 * ends, so lines and the channel's language and links stay; one more parse of the header and the
 * rest per malformed item), where every item after it was lost without a word. Each item maps {@code title}, {@code link} (Atom: {@code rel=alternate}
 * or none), {@code guid}/{@code id} (kept as the article id), {@code description}, {@code
 * content:encoded}, Atom {@code summary}/{@code content} (HTML reduced to text with jsoup, the
 * longest of them used), and {@code pubDate} (RFC 822), {@code dc:date}, Atom {@code
 * published}/{@code updated}; a guid that is a URL is the link of an item without one, unless
 * {@code isPermaLink="false"}; paragraphs a description separates by {@code <br><br>} are kept
 * apart. Fields are the item's direct children in the feed's own namespaces
 * (an Atom {@code author}'s {@code name} and {@code source}'s {@code title} too): an attachment's
 * {@code media:title} or an Atom {@code source}'s {@code id} is not the item's. The article's
 * source is the publication, as a JSON Lines record's {@code source} is: an RSS item's {@code
 * source} or an Atom entry's {@code source} title (the feed it was copied from), else none, and the
 * story view names it by its link's host; the writer (Atom {@code author/name}, RSS {@code
 * dc:creator}, RSS {@code author}'s name in brackets after its e-mail address) is the label {@code
 * author}, as a JSON Lines record's {@code author} is kept (since session 38; before, an Atom
 * author's name was the source, "Kari Nordmann" an outlet, and {@code dc:creator} was not read). Atom {@code type="xhtml"} text keeps its markup.
 * The channel's {@code language} is the declared language of items. A relative item link is
 * resolved against the item's or the feed's {@code xml:base}, else the channel's (feed's) own link. The text is decoded before
 * parsing (see {@code decode}): any charset name Java knows, and Windows-1252, with a warning, where
 * a feed declared UTF-8 is not; UTF-16, with a byte-order mark or without, and UTF-32 with one are
 * made UTF-8 first ({@link Ingestor#fromUtf16}), so they are repaired and read on after a malformed
 * item as others are (UTF-16 since session 34, UTF-32 since 35; a feed in another charset that is
 * not ASCII-compatible, UTF-32 without a mark or EBCDIC, is still parsed from its bytes as the parser
 * reads them, unrepaired, and its items after a malformed one are lost). Messages call an Atom feed's items entries ({@code entry 2 cut off}).
 * An HTML page is refused as one, naming the feed it links to ({@link #notAFeedButAPage}).
 * Thread-safe (no shared mutable state).
 */
public final class FeedReader {
  private static final XMLInputFactory XML = XMLInputFactory.newFactory();

  static {
    XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    XML.setProperty(XMLInputFactory.IS_COALESCING, true);
  }

  /**
   * Namespaces an item's fields are read from besides the item's own: RSS 2.0 (none), Atom, RSS
   * 1.0, its content module and Dublin Core. Elements of others (Media RSS's {@code media:title},
   * {@code media:description} and {@code media:content}, iTunes' {@code itunes:title}) describe an
   * attachment or a podcast, not the item, and share their local names with the item's fields.
   */
  private static final Set<String> ITEM_NAMESPACES = Set.of("", "http://www.w3.org/2005/Atom",
      "http://purl.org/rss/1.0/", "http://purl.org/rss/1.0/modules/content/", "http://purl.org/dc/elements/1.1/",
      "http://purl.org/dc/terms/");

  /** Reads a feed's bytes; never throws. */
  public void read(String file, byte[] bytes, Consumer<IngestEvent> sink) {
    String text;
    // UTF-16 (a feed saved as Windows' "Unicode", or served so) as UTF-8, its declaration with it,
    // so the byte repairs and the reading on after a malformed item work on it as on any feed;
    // before session 34 it was parsed from its bytes, and the items after a malformed one were lost
    bytes = Ingestor.fromUtf16(bytes);
    byte[] raw = bytes;
    try {
      if (asciiCompatible(bytes)) {
        raw = repairAmpersands(dropControlChars(bytes));
        text = decode(file, raw, sink);
      } else {
        text = null;
      }
    } catch (RuntimeException e) {
      sink.accept(IngestEvent.reject(file, 0, "unreadable feed: " + firstLine(String.valueOf(e.getMessage()))));
      return;
    }
    String page = text == null ? null : notAFeedButAPage(file, text);
    if (page != null) {
      sink.accept(IngestEvent.reject(file, 0, page));
      return;
    }
    ReadOn on = parse(file, text, raw, 0, sink);
    String last = text;
    // a loop, not a recursion: a feed may hold many malformed items; each pass blanks at least one
    // more item, and one that did not (the same text again) ends it
    while (on != null && !on.text().equals(last)) {
      last = on.text();
      on = parse(file, last, null, on.items(), sink);
    }
  }

  /** An HTML page's start: a doctype or {@code <html>}, after a byte-order mark, an XML declaration and comments. */
  private static final Pattern PAGE_START = Pattern.compile(
      "\\A\uFEFF?\\s*(?:<\\?xml[^>]*\\?>\\s*)?(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html[\\s>])",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  /**
   * What to say when {@code text} is an HTML page, not a feed (a site's address given to {@code
   * serve --feed}, its home page; a page saved as {@code .rss}), naming the feed the page links to
   * ({@code <link rel="alternate" type="application/rss+xml" href=...>}, resolved against {@code
   * file} when that is the page's URL); null when it is no page. Before session 37 the XML parser's
   * words were said, {@code malformed or truncated feed: The element type "meta" must be terminated
   * by the matching end-tag "</meta>"}, and an XHTML page's root element alone.
   */
  static String notAFeedButAPage(String file, String text) {
    if (!PAGE_START.matcher(text).lookingAt()) {
      return null;
    }
    String base = file.matches("(?i)https?://.*") ? file : "";
    Elements feeds = Jsoup.parse(text, base)
        .select("link[rel~=(?i)^alternate$][type~=(?i)^application/(rss|atom)\\+xml$][href]");
    String said = "not an RSS or Atom feed but an HTML page";
    if (feeds.isEmpty()) {
      return said + " (it links to no feed in its <head>)";
    }
    String first = feeds.get(0).absUrl("href");
    first = first.isEmpty() ? feeds.get(0).attr("href").strip() : first;
    return said + "; it names its feed: " + first + (feeds.size() > 1 ? " (and " + (feeds.size() - 1) + " more)" : "");
  }

  /** Where a feed is read on after a malformed item: its text so far blanked, and the items counted. */
  private record ReadOn(String text, int items) {}

  /**
   * Parses a feed's {@code text} (or, where it is null, its {@code raw} bytes), its first {@code
   * itemsBefore} items read already. After a malformed item (an unclosed tag, a stray {@code <}),
   * which stops the XML parser, the feed is read on from the next item's start tag: the header
   * before the first item kept (its namespaces, language and links), the items between blanked to
   * line ends, so every later item keeps its line; before session 34 every item after the error
   * was lost without a word, the rejection naming only the one cut off. Returns where to read on,
   * or null when the feed is read to its end (or no item follows an error).
   */
  private ReadOn parse(String file, String text, byte[] raw, int itemsBefore, Consumer<IngestEvent> sink) {
    int items = itemsBefore;
    Item item = null;
    String channelLang = null;
    // What relative item links resolve against: the feed's xml:base, else its own link.
    String feedBase = null;
    String channelLink = null;
    StringBuilder textBuf = new StringBuilder();
    // Fields are the item's direct children: an Atom entry's <source> holds a title and an id of
    // its own feed, and an attachment's elements nest too.
    int depth = 0;
    String root = null; // the document's first element: rss, feed, RDF for a feed
    int itemDepth = 0;
    String itemNs = "";
    String field = null;
    // Depth of an Atom type="xhtml" field, whose nested elements are its text's markup, or 0.
    int markupDepth = 0;
    XMLStreamReader r = null;
    try {
      r = text != null ? XML.createXMLStreamReader(new StringReader(text))
          : XML.createXMLStreamReader(new ByteArrayInputStream(raw));
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          depth++;
          String name = r.getLocalName();
          if (root == null) {
            root = name;
          }
          if (markupDepth > 0) {
            textBuf.append('<').append(name).append('>');
            continue;
          }
          textBuf.setLength(0);
          if (item == null) {
            String xmlBase = r.getAttributeValue(XMLConstants.XML_NS_URI, "base");
            if (name.equals("item") || name.equals("entry")) {
              item = new Item(r.getLocation().getLineNumber());
              item.base = xmlBase;
              items++;
              itemDepth = depth;
              itemNs = namespace(r);
            } else if (xmlBase != null && feedBase == null) {
              feedBase = xmlBase;
            } else if (name.equals("link") && depth <= 3 && channelLink == null) {
              String rel = r.getAttributeValue(null, "rel");
              String href = r.getAttributeValue(null, "href");
              if (href != null && (rel == null || rel.equals("alternate"))) {
                channelLink = href.strip();
              }
            }
          } else if (depth == itemDepth + 1) {
            String ns = namespace(r);
            field = ns.equals(itemNs) || ITEM_NAMESPACES.contains(ns) ? name : null;
            if ("guid".equals(field)) {
              item.guidPermaLink = !"false".equalsIgnoreCase(String.valueOf(r.getAttributeValue(null, "isPermaLink")).strip());
            }
            if ("link".equals(field)) {
              String href = r.getAttributeValue(null, "href");
              String rel = r.getAttributeValue(null, "rel");
              if (href != null && (rel == null || rel.equals("alternate")) && item.link == null) {
                item.link = href;
              }
            }
            if (field != null && "xhtml".equals(r.getAttributeValue(null, "type"))) {
              markupDepth = depth;
            }
          }
        } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
          if (markupDepth > 0 && depth > markupDepth) {
            escape(r.getText(), textBuf);
          } else {
            textBuf.append(r.getText());
          }
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          String name = r.getLocalName();
          if (markupDepth > 0 && depth > markupDepth) {
            textBuf.append("</").append(name).append('>');
            depth--;
            continue;
          }
          markupDepth = 0;
          String value = textBuf.toString().strip();
          textBuf.setLength(0);
          if (item == null) {
            if (name.equals("language")) {
              channelLang = value;
            } else if (name.equals("link") && depth <= 3 && channelLink == null && !value.isEmpty()) {
              channelLink = value;
            }
          } else if (depth == itemDepth) {
            sink.accept(item.toEvent(file, channelLang, resolve(feedBase, channelLink)));
            item = null;
          } else if (depth == itemDepth + 1 && field != null) {
            item.set(r.getPrefix(), name, value);
          } else if (depth == itemDepth + 2 && "author".equals(field) && name.equals("name")) {
            item.addAuthor(value); // an Atom author's name: the writer, not the publication
          } else if (depth == itemDepth + 2 && "source".equals(field) && name.equals("title")) {
            item.source = value.isEmpty() ? item.source : value; // an Atom source's title: the feed it came from
          }
          depth--;
        }
      }
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
      // an Atom feed's items are entries, and called so (they were "item N" until session 34)
      String unit = "feed".equals(root) ? "entry" : "item";
      String what = item != null ? unit + " " + items + " cut off: " : "";
      String rest = text == null || e.getLocation() == null ? null
          : readOn(text, offset(text, line, e.getLocation().getColumnNumber()));
      String said = "malformed or truncated feed: " + what + firstLine(e.getMessage());
      if (rest == null) {
        sink.accept(IngestEvent.reject(file, line, said));
        return null;
      }
      sink.accept(IngestEvent.reject(file, line, (said.endsWith(".") ? said.substring(0, said.length() - 1) : said)
          + "; read on from line " + lineOf(rest) + ", the next " + unit));
      return new ReadOn(rest, items);
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // nothing held open beyond the byte array
        }
      }
    }
    if (items == 0) {
      // a sitemap (<urlset>) or other XML named .xml is no feed: said so, not "a feed without items"
      boolean feed = root == null || FEED_ROOTS.contains(root);
      sink.accept(IngestEvent.reject(file, 0, feed ? "feed has no items or entries"
          : "not an RSS or Atom feed: its root element is <" + root + ">, not <rss>, <feed> or <rdf:RDF>"));
    }
    return null;
  }

  /** An item's or entry's start tag, prefixed or not. */
  private static final Pattern ITEM_START =
      Pattern.compile("<(?:[A-Za-z_][\\w.-]*:)?(?:item|entry)[\\s>/]");

  /**
   * {@code text} to read on from the first item start tag at or after {@code from} (an error's
   * place): the text before its first item kept, everything from there to that start tag blanked
   * to its line ends, so lines stay where they were; null where no item starts after {@code from}
   * or no item starts before it (an error in the header).
   */
  static String readOn(String text, int from) {
    Matcher m = ITEM_START.matcher(text);
    if (!m.find()) {
      return null;
    }
    int first = m.start();
    if (first >= from || !m.find(Math.max(from, first + 1))) {
      return null;
    }
    int next = m.start();
    StringBuilder b = new StringBuilder(text.length());
    b.append(text, 0, first);
    for (int i = first; i < next; i++) {
      if (text.charAt(i) == '\n') {
        b.append('\n');
      }
    }
    return b.append(text, next, text.length()).toString();
  }

  /** The offset in {@code text} of 1-based {@code line} and {@code column} (clamped to the text). */
  private static int offset(String text, int line, int column) {
    int at = 0;
    for (int l = 1; l < line && at >= 0; l++) {
      at = text.indexOf('\n', at);
      at = at < 0 ? -1 : at + 1;
    }
    return at < 0 ? text.length() : Math.min(text.length(), at + Math.max(0, column - 1));
  }

  /** The 1-based line of the first item start tag after the header of a text {@link #readOn} made. */
  private static int lineOf(String rest) {
    Matcher m = ITEM_START.matcher(rest);
    int end = m.find() ? m.start() : rest.length(); // the blanked part holds no item: the first is the next
    int line = 1;
    for (int i = 0; i < end; i++) {
      line += rest.charAt(i) == '\n' ? 1 : 0;
    }
    return line;
  }

  /** The root elements of RSS 2.0 and 0.9x, Atom, and RSS 1.0 (RDF). */
  private static final Set<String> FEED_ROOTS = Set.of("rss", "feed", "RDF", "rdf");

  /**
   * Whether the {@code <} at {@code at} can start no markup: what follows is white space, a digit,
   * {@code =}, {@code <} or the end, none of which a tag, a declaration or an instruction starts with.
   */
  private static boolean strayLessThan(byte[] feed, int at) {
    if (at + 1 >= feed.length) {
      return true;
    }
    byte next = feed[at + 1];
    return next == ' ' || next == '\t' || next == '\n' || next == '\r' || next == '=' || next == '<'
        || (next >= '0' && next <= '9');
  }

  /**
   * The feed with HTML's named entities ({@code &nbsp;}, {@code &eacute;}), which XML does not
   * declare, written as character references, bare ampersands ("R&D", "?a=1&b=2") escaped, and a
   * bare {@code <} that can start no markup ("Sak < feil", "under <5 %") escaped (since session 34:
   * it stopped the parser, and the item was lost);
   * CDATA sections and comments are left alone. Returns {@code feed} itself when there is nothing
   * to repair. Feeds written by HTML templates carry both, and either stops the XML parser, losing
   * every item after it. Works on the bytes: '&', ';' and ASCII letters never occur inside a
   * multi-byte UTF-8 character, nor mean anything else in the single-byte charsets feeds use.
   */
  static byte[] repairAmpersands(byte[] feed) {
    ByteArrayOutputStream out = null;
    int copied = 0;
    int i = 0;
    while (i < feed.length) {
      if (feed[i] == '<' && startsWith(feed, i, "<![CDATA[")) {
        i = skipPast(feed, i, "]]>");
        continue;
      }
      if (feed[i] == '<' && startsWith(feed, i, "<!--")) {
        i = skipPast(feed, i, "-->");
        continue;
      }
      if (feed[i] == '<' && strayLessThan(feed, i)) { // "< 5 %", "a<3": no tag can start so
        if (out == null) {
          out = new ByteArrayOutputStream(feed.length + 64);
        }
        out.write(feed, copied, i - copied);
        out.writeBytes("&lt;".getBytes(StandardCharsets.US_ASCII));
        copied = ++i;
        continue;
      }
      if (feed[i] != '&') {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < feed.length && end - i <= 32 && (Character.isLetterOrDigit(feed[end]) || feed[end] == '#')) {
        end++;
      }
      String name = new String(feed, i + 1, end - i - 1, StandardCharsets.US_ASCII);
      boolean terminated = end < feed.length && feed[end] == ';';
      String replacement;
      if (terminated && (XML_ENTITIES.contains(name) || name.matches("#[0-9]+|#x[0-9a-fA-F]+"))) {
        replacement = null;
      } else if (terminated && Entities.isNamedEntity(name)) {
        StringBuilder refs = new StringBuilder();
        Entities.getByName(name).codePoints().forEach(c -> refs.append("&#").append(c).append(';'));
        replacement = refs.toString();
        end++;
      } else if (terminated && !name.isEmpty() && !name.startsWith("#")) {
        replacement = null; // an entity of the feed's own: the parser says what is wrong with it
      } else {
        replacement = "&amp;";
        end = i + 1;
      }
      if (replacement != null) {
        if (out == null) {
          out = new ByteArrayOutputStream(feed.length + 64);
        }
        out.write(feed, copied, i - copied);
        out.writeBytes(replacement.getBytes(StandardCharsets.US_ASCII));
        copied = end;
      }
      i = end;
    }
    if (out == null) {
      return feed;
    }
    out.write(feed, copied, feed.length - copied);
    return out.toByteArray();
  }

  /**
   * The feed without the C0 control characters XML 1.0 forbids (a stray {@code \u000b} or {@code
   * \u001f} pasted into a CMS), each of which stops the parser and loses the items after it;
   * {@code feed} itself when there are none. Such bytes never occur inside a multi-byte UTF-8
   * character.
   */
  static byte[] dropControlChars(byte[] feed) {
    int forbidden = 0;
    for (byte b : feed) {
      forbidden += isForbiddenControl(b) ? 1 : 0;
    }
    if (forbidden == 0) {
      return feed;
    }
    byte[] out = new byte[feed.length - forbidden];
    int j = 0;
    for (byte b : feed) {
      if (!isForbiddenControl(b)) {
        out[j++] = b;
      }
    }
    return out;
  }

  private static boolean isForbiddenControl(byte b) {
    return b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r';
  }

  /**
   * False for UTF-16 and UTF-32 (a byte-order mark, or a zero byte among the first two, as {@code
   * <?xml} has in them): the byte-level repairs are for the ASCII-compatible charsets and leave
   * those to the parser as they are.
   */
  private static final Pattern DECLARED_ENCODING =
      Pattern.compile("^\\s*<\\?xml[^>]*?\\bencoding\\s*=\\s*[\"']([^\"']*)[\"']");

  /**
   * The feed's text, decoded here rather than by the parser, which knows few of the names feeds
   * declare ("utf8", "cp1252" and "iso8859-1" stopped it at the first line) and stops at the first
   * byte that is not the declared UTF-8, losing every item after it. A name Java knows is used; an
   * unknown name, or none, means UTF-8; text that is not UTF-8 is read as Windows-1252, as plain
   * text and JSON Lines are, with a warning. Null when even that gives no text: the parser then
   * reads the bytes and says what is wrong.
   */
  private static String decode(String file, byte[] b, Consumer<IngestEvent> sink) {
    Matcher m = DECLARED_ENCODING.matcher(
        new String(b, 0, Math.min(b.length, 512), StandardCharsets.ISO_8859_1));
    Charset cs = StandardCharsets.UTF_8;
    if (m.find()) {
      String name = m.group(1).strip();
      try {
        cs = Charset.forName(name);
      } catch (IllegalArgumentException e) {
        sink.accept(new IngestEvent.Warning(file, 1, "unknown encoding '" + name + "' declared; read as UTF-8"));
      }
    }
    if (cs.name().startsWith("UTF-16") || cs.name().startsWith("UTF-32")) {
      // these bytes have no zero bytes and no byte-order mark (see asciiCompatible): not UTF-16
      sink.accept(new IngestEvent.Warning(file, 1, cs.name() + " declared, but the bytes are not; read as UTF-8"));
      cs = StandardCharsets.UTF_8;
    }
    if (!cs.equals(StandardCharsets.UTF_8)) {
      return new String(b, cs);
    }
    TextDecoding.Decoded d = TextDecoding.lenient(b, 0, b.length);
    if (!d.ok() && d.text() != null) {
      // the line, not the byte: the repairs above have moved the bytes
      sink.accept(new IngestEvent.Warning(file, lineOf(b, d.badOffset()), "invalid UTF-8; read as Windows-1252 ("
          + TextDecoding.notUtf8Hint(file, "declare it in the first line, <?xml version=\"1.0\" encoding=\"Shift_JIS\"?>")
          + ")"));
    }
    return d.text();
  }

  private static int lineOf(byte[] b, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < b.length; i++) {
      if (b[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  private static boolean asciiCompatible(byte[] b) {
    if (b.length < 2) {
      return true;
    }
    int b0 = b[0] & 0xff;
    int b1 = b[1] & 0xff;
    return b0 != 0 && b1 != 0 && !(b0 == 0xFE && b1 == 0xFF) && !(b0 == 0xFF && b1 == 0xFE);
  }

  private static final Set<String> XML_ENTITIES = Set.of("amp", "lt", "gt", "quot", "apos");

  private static boolean startsWith(byte[] b, int at, String prefix) {
    if (at + prefix.length() > b.length) {
      return false;
    }
    for (int k = 0; k < prefix.length(); k++) {
      if (b[at + k] != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** The index after the first {@code end} at or after {@code from}, or the length when there is none. */
  private static int skipPast(byte[] b, int from, String end) {
    for (int k = from; k + end.length() <= b.length; k++) {
      if (startsWith(b, k, end)) {
        return k + end.length();
      }
    }
    return b.length;
  }

  private static String namespace(XMLStreamReader r) {
    String ns = r.getNamespaceURI();
    return ns == null ? "" : ns;
  }

  /** Appends text as HTML, for a field whose markup is rebuilt from its nested elements. */
  private static void escape(String text, StringBuilder out) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        default -> out.append(c);
      }
    }
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unknown error";
    }
    String t = s.contains("Message: ") ? s.substring(s.indexOf("Message: ") + 9) : s;
    int nl = t.indexOf('\n');
    return (nl < 0 ? t : t.substring(0, nl)).strip();
  }

  /** Mutable while one item is being read; never escapes this class. */
  private static final class Item {
    final int line;
    String title = "";
    String link;
    String guid;
    String description = "";
    String content = "";
    String date;
    String source;
    String lang;
    String base;
    /** Who wrote it (Atom {@code author/name}, RSS {@code dc:creator} or {@code author}), or null. */
    String author;
    boolean guidPermaLink;

    Item(int line) {
      this.line = line;
    }

    /** Adds a writer's name; several (two {@code dc:creator}s, two Atom authors) are joined by ", ". */
    void addAuthor(String name) {
      if (name == null || name.isBlank()) {
        return;
      }
      String n = ReaderText.oneLine(ReaderText.clean(name));
      author = author == null ? n : author.contains(n) ? author : author + ", " + n;
    }

    void set(String prefix, String name, String value) {
      switch (name) {
        case "title" -> title = value;
        case "link" -> {
          if (link == null && !value.isEmpty()) {
            link = value;
          }
        }
        case "guid", "id" -> guid = value;
        case "description", "summary" -> description = value;
        case "encoded", "content" -> content = value;
        case "pubDate", "published", "date", "issued" -> date = date == null || !name.equals("date") ? value : date;
        case "updated", "modified" -> {
          if (date == null) {
            date = value;
          }
        }
        case "source" -> source = source == null && !value.isEmpty() ? value : source;
        case "creator" -> addAuthor(value);
        case "author" -> addAuthor(rssAuthor(value)); // an Atom author's text is its children's: empty
        case "language" -> lang = value;
        default -> { }
      }
    }

    /**
     * The item's article; {@code feedBase} (null: none) is what a relative link resolves against
     * when the item has no {@code xml:base} of its own.
     */
    IngestEvent toEvent(String file, String channelLang, String feedBase) {
      String t = ReaderText.clean(htmlToText(title));
      String body = ReaderText.clean(htmlToText(content.length() > description.length() ? content : description));
      if (ReaderText.blank(t) && ReaderText.blank(body)) { // "&#160;" too, which plainSpaces makes empty
        return IngestEvent.reject(file, line, "feed item has no title or text");
      }
      if (link == null && guidPermaLink && guid != null && guid.strip().matches("(?i)https?://\\S+|/\\S*")) {
        link = guid; // RSS 2.0: a guid is the item's permalink unless isPermaLink="false"
      }
      link = link == null ? null : resolve(resolve(feedBase, base), link.strip());
      // the item's or channel's language decides a slashed date both orders could read ("05/04/2019")
      ArticleDate d = Dates.parse(date, lang != null ? lang : channelLang);
      Map<String, String> labels = new TreeMap<>();
      if (date != null && d == null) {
        labels.put("date_unreadable", date);
      }
      if (author != null) {
        labels.put("author", author); // as a JSON Lines record's "author" is kept
      }
      ArticleId id = guid != null && !guid.isBlank() ? ArticleId.derived(guid.strip())
          : link != null && !link.isBlank() ? ArticleId.derived(link.strip()) : ArticleId.ofContent(t, body);
      return new IngestEvent.Accepted(new Article(id, file, line, link, source, ReaderText.oneLine(t), ReaderText.plainSpaces(body), d,
          Language.parse(lang != null ? lang : channelLang), labels));
    }
  }

  private static final Pattern EMAIL_NAME =
      Pattern.compile("\\s*\\S+@\\S+\\s*\\((.+)\\)\\s*");

  /**
   * The name in an RSS 2.0 {@code author}, which the format makes an e-mail address and feeds
   * write as {@code kari@example.org (Kari Nordmann)}: the name in brackets; else the value as it is.
   */
  static String rssAuthor(String value) {
    Matcher m = EMAIL_NAME.matcher(value);
    return m.matches() ? m.group(1).strip() : value;
  }

  /**
   * {@code link} resolved against {@code base} where {@code link} is relative ("/nyheter/1") and
   * {@code base} an absolute URL; else {@code link} as it is ({@code base} when {@code link} is null).
   * Without this a relative link was the article's URL and, without a guid, its id: the story view
   * named the file as its source, and two feeds' "/nyheter/1" were one id, the second skipped.
   */
  static String resolve(String base, String link) {
    if (link == null || base == null) {
      return link == null ? base : link;
    }
    try {
      URI l = new URI(link);
      URI b = new URI(base.strip());
      return l.isAbsolute() || !b.isAbsolute() ? link : b.resolve(l).toString();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return link;
    }
  }

  private static final Pattern BREAKS =
      Pattern.compile("(?i)(?:\\s*<br\\s*/?>\\s*){2,}");
  private static final Pattern BLOCKS =
      Pattern.compile("(?i)<(?:p|li|h[1-4]|blockquote|div)[\\s>]");

  static String htmlToText(String html) {
    if (html == null || html.isEmpty()) {
      return "";
    }
    if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
      return html.strip();
    }
    if (BREAKS.matcher(html).find() && !BLOCKS.matcher(html).find()) {
      // Paragraphs written as blank lines of <br> ("...fredag.<br><br>Ingen ble skadet."), which
      // the text of the whole would run together.
      html = "<p>" + BREAKS.matcher(html).replaceAll("</p><p>") + "</p>";
    }
    var doc = Jsoup.parseBodyFragment(html);
    doc.outputSettings().prettyPrint(false);
    StringBuilder b = new StringBuilder();
    for (var el : doc.body().select("p, li, h1, h2, h3, h4, blockquote")) {
      if (el.parents().stream().noneMatch(p -> p.is("p, li, blockquote"))) {
        String t = el.text().strip();
        if (!t.isEmpty()) {
          b.append(b.length() > 0 ? "\n\n" : "").append(t);
        }
      }
    }
    return b.length() > 0 ? b.toString() : doc.body().text().strip();
  }
}
