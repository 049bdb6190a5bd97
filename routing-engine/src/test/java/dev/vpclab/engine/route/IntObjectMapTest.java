package dev.vpclab.engine.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IntObjectMapTest {

    @Test
    void behavesLikeAHashMapThroughGrowth() {
        IntObjectMap<String> map = new IntObjectMap<>(2);
        Map<Integer, String> oracle = new HashMap<>();
        Random r = new Random(7);
        for (int i = 0; i < 5000; i++) {
            int k = r.nextInt(3000) - 1500;
            String v = "v" + i;
            assertThat(map.put(k, v)).isEqualTo(oracle.put(k, v));
        }
        assertThat(map.size()).isEqualTo(oracle.size());
        for (int k = -1600; k < 1600; k++) {
            assertThat(map.get(k)).isEqualTo(oracle.get(k));
        }
        assertThat(map.get(0)).isEqualTo(oracle.get(0));
    }
}
