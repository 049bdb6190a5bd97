package dev.vpclab.icons;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Encodes ARGB pixels as a PNG (8-bit RGBA, Paeth filter), byte for byte the same for the same pixels, so
 * that generated icon files can be compared and committed; it needs neither AWT nor javafx-swing.
 *
 * <p>Format: the PNG specification, chunks IHDR, IDAT and IEND (https://www.w3.org/TR/png/).
 */
final class PngEncoder {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int PAETH = 4;

    private PngEncoder() {
    }

    /**
     * Encodes an image.
     *
     * @param width width in pixels
     * @param height height in pixels
     * @param argb non-premultiplied ARGB pixels, row by row
     * @return the PNG file's bytes
     */
    static byte[] encode(int width, int height, int[] argb) {
        if (width <= 0 || height <= 0 || argb.length != width * height) {
            throw new IllegalArgumentException("A " + width + " × " + height + " image needs " + width * height
                    + " pixels, not " + argb.length + ".");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 8; // bits per channel
        header[9] = 6; // colour type: RGBA
        chunk(out, "IHDR", header);
        chunk(out, "IDAT", deflate(filtered(width, height, argb)));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static byte[] filtered(int width, int height, int[] argb) {
        int stride = width * 4;
        byte[] raw = new byte[stride];
        byte[] previous = new byte[stride];
        byte[] data = new byte[(stride + 1) * height];
        int at = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int p = argb[y * width + x];
                raw[x * 4] = (byte) (p >>> 16);
                raw[x * 4 + 1] = (byte) (p >>> 8);
                raw[x * 4 + 2] = (byte) p;
                raw[x * 4 + 3] = (byte) (p >>> 24);
            }
            data[at++] = PAETH;
            for (int i = 0; i < stride; i++) {
                int a = i >= 4 ? raw[i - 4] & 0xFF : 0;
                int b = previous[i] & 0xFF;
                int c = i >= 4 ? previous[i - 4] & 0xFF : 0;
                data[at++] = (byte) ((raw[i] & 0xFF) - paeth(a, b, c));
            }
            byte[] swap = previous;
            previous = raw;
            raw = swap;
        }
        return data;
    }

    private static int paeth(int a, int b, int c) {
        int p = a + b - c;
        int pa = Math.abs(p - a);
        int pb = Math.abs(p - b);
        int pc = Math.abs(p - c);
        if (pa <= pb && pa <= pc) {
            return a;
        }
        return pb <= pc ? b : c;
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 4 + 64);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                int n = deflater.deflate(buffer);
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] length = new byte[4];
        putInt(length, 0, data.length);
        out.writeBytes(length);
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        byte[] sum = new byte[4];
        putInt(sum, 0, (int) crc.getValue());
        out.writeBytes(sum);
    }

    private static void putInt(byte[] target, int at, int value) {
        target[at] = (byte) (value >>> 24);
        target[at + 1] = (byte) (value >>> 16);
        target[at + 2] = (byte) (value >>> 8);
        target[at + 3] = (byte) value;
    }
}
