package dev.vpclab.model.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;

/**
 * Writes whole-valued doubles without a fraction ("x": 40 rather than 40.0), which keeps coordinates and
 * thresholds easy to read; other values keep Jackson's shortest round-tripping form.
 */
final class CompactDoubleSerializer extends StdScalarSerializer<Double> {

    private static final long serialVersionUID = 1L;

    /** Doubles below this magnitude are exact as longs. */
    private static final double EXACT_LONG_LIMIT = 0x1p53;

    CompactDoubleSerializer() {
        super(Double.class);
    }

    @Override
    public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        double d = value;
        boolean negativeZero = d == 0 && Double.doubleToRawLongBits(d) != 0;
        if (d == Math.rint(d) && Math.abs(d) < EXACT_LONG_LIMIT && !negativeZero) {
            gen.writeNumber((long) d);
        } else {
            gen.writeNumber(d);
        }
    }
}
