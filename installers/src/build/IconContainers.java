import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Packs the app icon PNGs of the icons module into the icon containers jpackage needs on Windows (.ico) and
 * macOS (.icns); run at build time with the JDK's source launcher, so no other tool is needed on any OS.
 *
 * <p>Usage: {@code java IconContainers.java PNG_DIR OUT.ico OUT.icns}, where PNG_DIR holds
 * {@code vpclab-16.png} … {@code vpclab-512.png}. Both formats may embed PNG data as it is: ICO since Windows
 * Vista, ICNS (types {@code icp4}…{@code ic14}) since Mac OS X 10.7.
 */
public final class IconContainers {

    /** Sizes put into the .ico file (Windows uses 16–256). */
    private static final int[] ICO_SIZES = {16, 32, 48, 64, 128, 256};

    /** ICNS element types for PNG data, by size in pixels; the @2x types reuse the larger PNG. */
    private static final Map<String, Integer> ICNS_TYPES = new LinkedHashMap<>();

    static {
        ICNS_TYPES.put("icp4", 16);
        ICNS_TYPES.put("icp5", 32);
        ICNS_TYPES.put("ic11", 32);
        ICNS_TYPES.put("icp6", 64);
        ICNS_TYPES.put("ic12", 64);
        ICNS_TYPES.put("ic07", 128);
        ICNS_TYPES.put("ic08", 256);
        ICNS_TYPES.put("ic13", 256);
        ICNS_TYPES.put("ic09", 512);
        ICNS_TYPES.put("ic14", 512);
    }

    private IconContainers() {
    }

    /**
     * @param args the PNG folder, the .ico to write, the .icns to write
     * @throws IOException if a PNG is missing or unreadable, or an output cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: java IconContainers.java PNG_DIR OUT.ico OUT.icns");
            System.exit(2);
        }
        Path pngDir = Path.of(args[0]);
        write(Path.of(args[1]), ico(pngDir));
        write(Path.of(args[2]), icns(pngDir));
    }

    /**
     * @param pngDir the folder with the PNGs
     * @return an ICO file: a directory of entries, each pointing at one embedded PNG
     * @throws IOException if a PNG cannot be read
     */
    static byte[] ico(Path pngDir) throws IOException {
        byte[][] pngs = new byte[ICO_SIZES.length][];
        for (int i = 0; i < ICO_SIZES.length; i++) {
            pngs[i] = png(pngDir, ICO_SIZES[i]);
        }
        int headerSize = 6 + 16 * pngs.length;
        int total = headerSize;
        for (byte[] png : pngs) {
            total += png.length;
        }
        ByteBuffer out = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        out.putShort((short) 0).putShort((short) 1).putShort((short) pngs.length);
        int offset = headerSize;
        for (int i = 0; i < pngs.length; i++) {
            int size = ICO_SIZES[i];
            out.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size));
            out.put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32);
            out.putInt(pngs[i].length).putInt(offset);
            offset += pngs[i].length;
        }
        for (byte[] png : pngs) {
            out.put(png);
        }
        return out.array();
    }

    /**
     * @param pngDir the folder with the PNGs
     * @return an ICNS file: the 'icns' header, then one element per type with the PNG as its data
     * @throws IOException if a PNG cannot be read
     */
    static byte[] icns(Path pngDir) throws IOException {
        ByteArrayOutputStream elements = new ByteArrayOutputStream();
        for (Map.Entry<String, Integer> type : ICNS_TYPES.entrySet()) {
            byte[] png = png(pngDir, type.getValue());
            elements.write(type.getKey().getBytes(StandardCharsets.US_ASCII));
            elements.write(ByteBuffer.allocate(4).putInt(8 + png.length).array());
            elements.write(png);
        }
        ByteBuffer out = ByteBuffer.allocate(8 + elements.size());
        out.put("icns".getBytes(StandardCharsets.US_ASCII)).putInt(8 + elements.size()).put(elements.toByteArray());
        return out.array();
    }

    /**
     * @param pngDir the folder with the PNGs
     * @param size the edge length in pixels
     * @return the bytes of vpclab-SIZE.png, checked to be a PNG of that size
     * @throws IOException if it is missing, not a PNG, or of another size
     */
    static byte[] png(Path pngDir, int size) throws IOException {
        Path file = pngDir.resolve("vpclab-" + size + ".png");
        if (!Files.isRegularFile(file)) {
            throw new IOException("missing icon " + file + " (the icons module ships vpclab-16.png … vpclab-512.png)");
        }
        byte[] png = Files.readAllBytes(file);
        ByteBuffer header = ByteBuffer.wrap(png);
        if (png.length < 24 || header.getLong(0) != 0x89504E470D0A1A0AL) {
            throw new IOException(file + " is not a PNG file");
        }
        int width = header.getInt(16);
        int height = header.getInt(20);
        if (width != size || height != size) {
            throw new IOException(file + " is " + width + "x" + height + " px, expected " + size + "x" + size);
        }
        return png;
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(file, bytes);
    }
}
