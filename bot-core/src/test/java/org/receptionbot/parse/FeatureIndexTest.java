package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The learnt features of a shape, by number, are its {@link ReportShape#features()} less the unlearnt ones, in order. */
class FeatureIndexTest {

    @Test
    void givesTheLearntFeaturesInTheOrderOfTheFeatureSet() {
        List<String> learnt = List.of("晚饭", "Q", "M:Count+", "^", "$", "少", "９人", "饭少", "S1", "人$", "C:FEWER");
        FeatureIndex index = new FeatureIndex(learnt, learnt.size());
        for (ReportShape shape : List.of(
                ReportShape.parse("S1 C:FEWER M:Count+", "Ｄ晚饭少９人"),
                ReportShape.parse("S0 Q", "晚饭少 晚饭少９人 饭少"),
                ReportShape.parse("S1", ""),
                ReportShape.parse("S1 Q M:Count+", "^少$Q少S1"))) {
            assertThat(index.of(shape)).containsExactly(expected(shape, learnt));
        }
    }

    @Test
    void countsAFeatureOnceThoughItRepeats() {
        List<String> learnt = List.of("少", "少少");
        FeatureIndex index = new FeatureIndex(learnt, learnt.size());
        assertThat(index.of(ReportShape.parse("S0", "少少少少少"))).containsExactly(0, 1);
    }

    @Test
    void knowsNoFeatureItNeverLearnt() {
        FeatureIndex index = new FeatureIndex(List.of("晚饭", "C:ADD"), 2);
        assertThat(index.number("午饭")).isEqualTo(-1);
        assertThat(index.number("C:FEWER")).isEqualTo(-1);
        assertThat(index.number("C:ADD")).isEqualTo(1);
        assertThat(index.of(ReportShape.parse("S0 C:FEWER", "午饭少９人"))).isEmpty();
    }

    private static int[] expected(ReportShape shape, List<String> learnt) {
        List<Integer> numbers = new ArrayList<>();
        for (String f : shape.features()) if (learnt.contains(f)) numbers.add(learnt.indexOf(f));
        return numbers.stream().mapToInt(Integer::intValue).toArray();
    }
}
