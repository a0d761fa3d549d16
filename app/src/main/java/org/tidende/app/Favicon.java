package org.tidende.app;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * The icon {@code GET /favicon.ico} answers: a 16×16 Windows icon (one 32-bit BMP image), a white
 * "T" on dark blue, drawn here rather than kept as a binary resource (1,150 bytes, the same on every
 * build). A browser asks for {@code /favicon.ico} on every page it shows from the server, the web
 * page's and a JSON answer opened in a tab alike; it was a JSON 404 ("no such endpoint: GET
 * /favicon.ico") each time, noise in a browser's console and in an access log. An icon, cached for
 * a day, ends the asking; a bare 204 or 404 would be asked again on each page. ICO and not SVG or PNG:
 * {@code /favicon.ico} is the one name every browser asks without a {@code <link rel="icon">}, and
 * ICO the one format every one of them reads there.
 *
 * <p>{@link #touchIcon} is the same "T" as a 180×180 PNG, for {@code /apple-touch-icon.png} (and
 * {@code -precomposed}), which iOS and Safari ask for on every visit and a saved bookmark shows;
 * those were JSON 404s too. Made here in code (each pixel of the 16×16 drawing a block of 11, on a
 * 2-pixel margin; zlib-compressed rows, 499 bytes) rather than through {@code javax.imageio},
 * which the server does not otherwise load.
 */
final class Favicon {
  private static final int SIZE = 16;
  private static final byte[] ICO = draw();

  private Favicon() {}

  private static final int TOUCH = 180;
  private static final byte[] PNG = drawPng();

  /** The touch icon's PNG bytes (a copy). */
  static byte[] touchIcon() {
    return PNG.clone();
  }

  /** The icon's bytes (a copy). */
  static byte[] bytes() {
    return ICO.clone();
  }

  private static boolean ink(int x, int y) { // y from the top
    boolean bar = y >= 3 && y <= 5 && x >= 3 && x <= 12;
    boolean stem = y >= 6 && y <= 12 && x >= 7 && x <= 8;
    return bar || stem;
  }

  private static byte[] drawPng() {
    int scale = (TOUCH - 4) / SIZE; // 11
    int margin = (TOUCH - scale * SIZE) / 2;
    byte[] raw = new byte[TOUCH * (1 + TOUCH * 3)]; // each row: filter 0 (none), then RGB
    int i = 0;
    for (int y = 0; y < TOUCH; y++) {
      raw[i++] = 0;
      for (int x = 0; x < TOUCH; x++) {
        int sx = Math.floorDiv(x - margin, scale);
        int sy = Math.floorDiv(y - margin, scale);
        boolean white = sx >= 0 && sx < SIZE && sy >= 0 && sy < SIZE && ink(sx, sy);
        raw[i++] = (byte) (white ? 0xFF : 0x1D);
        raw[i++] = (byte) (white ? 0xFF : 0x35);
        raw[i++] = (byte) (white ? 0xFF : 0x57);
      }
    }
    Deflater z = new Deflater(Deflater.BEST_COMPRESSION);
    z.setInput(raw);
    z.finish();
    ByteArrayOutputStream idat = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    while (!z.finished()) {
      idat.write(buf, 0, z.deflate(buf));
    }
    z.end();
    ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(TOUCH).putInt(TOUCH).put((byte) 8).put((byte) 2) // 8-bit RGB
        .put((byte) 0).put((byte) 0).put((byte) 0); // deflate, adaptive filtering, no interlace
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    chunk(png, "IHDR", ihdr.array());
    chunk(png, "IDAT", idat.toByteArray());
    chunk(png, "IEND", new byte[0]);
    return png.toByteArray();
  }

  /** A PNG chunk: length, type, data and the CRC-32 of type and data, big-endian. */
  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    byte[] t = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(t);
    crc.update(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    out.writeBytes(t);
    out.writeBytes(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
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
