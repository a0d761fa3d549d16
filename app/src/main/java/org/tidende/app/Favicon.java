package org.tidende.app;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The icon {@code GET /favicon.ico} answers: a 16×16 Windows icon (one 32-bit BMP image), a white
 * "T" on dark blue, drawn here rather than kept as a binary resource (1,150 bytes, the same on every
 * build). A browser asks for {@code /favicon.ico} on every page it shows from the server, the web
 * page's and a JSON answer opened in a tab alike; it was a JSON 404 ("no such endpoint: GET
 * /favicon.ico") each time, noise in a browser's console and in an access log. An icon, cached for
 * a day, ends the asking; a bare 204 or 404 would be asked again on each page. ICO and not SVG or PNG:
 * {@code /favicon.ico} is the one name every browser asks without a {@code <link rel="icon">}, and
 * ICO the one format every one of them reads there.
 */
final class Favicon {
  private static final int SIZE = 16;
  private static final byte[] ICO = draw();

  private Favicon() {}

  /** The icon's bytes (a copy). */
  static byte[] bytes() {
    return ICO.clone();
  }

  private static boolean ink(int x, int y) { // y from the top
    boolean bar = y >= 3 && y <= 5 && x >= 3 && x <= 12;
    boolean stem = y >= 6 && y <= 12 && x >= 7 && x <= 8;
    return bar || stem;
  }

  private static byte[] draw() {
    int pixels = SIZE * SIZE * 4;
    int mask = SIZE * 4; // one bit a pixel, each row padded to 32 bits: all 0, every pixel shown
    int image = 40 + pixels + mask;
    ByteBuffer b = ByteBuffer.allocate(6 + 16 + image).order(ByteOrder.LITTLE_ENDIAN);
    b.putShort((short) 0).putShort((short) 1).putShort((short) 1); // ICONDIR: reserved, type icon, one image
    b.put((byte) SIZE).put((byte) SIZE).put((byte) 0).put((byte) 0) // ICONDIRENTRY: width, height, no palette
        .putShort((short) 1).putShort((short) 32).putInt(image).putInt(6 + 16);
    b.putInt(40).putInt(SIZE).putInt(2 * SIZE) // BITMAPINFOHEADER; the height counts the mask too
        .putShort((short) 1).putShort((short) 32).putInt(0).putInt(pixels + mask).putInt(0).putInt(0).putInt(0).putInt(0);
    for (int y = SIZE - 1; y >= 0; y--) { // rows bottom up
      for (int x = 0; x < SIZE; x++) {
        if (ink(x, y)) {
          b.put((byte) 0xFF).put((byte) 0xFF).put((byte) 0xFF);
        } else {
          b.put((byte) 0x57).put((byte) 0x35).put((byte) 0x1D); // BGR of #1d3557
        }
        b.put((byte) 0xFF); // opaque
      }
    }
    b.put(new byte[mask]);
    return b.array();
  }
}
