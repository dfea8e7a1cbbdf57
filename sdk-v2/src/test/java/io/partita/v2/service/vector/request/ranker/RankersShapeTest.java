package io.partita.v2.service.vector.request.ranker;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.common.clientenum.FunctionType;
import io.partita.v2.service.vector.request.AnnSearchReq;
import io.partita.v2.service.vector.request.data.FloatVec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The official shapes of the hybrid-search rankers and of {@link AnnSearchReq}'s deprecated
 * aliases: {@link RRFRanker} and {@link WeightedRanker} are nameless rerank functions whose params
 * are the rank params the official client sends ({@code strategy}, {@code params}), built either
 * way; {@code expr}/{@code filter} and {@code topK}/{@code limit} set each other, the last wins.
 */
class RankersShapeTest {
    @Test
    @SuppressWarnings("deprecation")
    void rrfAndWeightedRankersAreRerankFunctionsWithTheOfficialParams() {
        RRFRanker byDefault = RRFRanker.builder().build();
        assertThat(byDefault.getK()).isEqualTo(60);
        assertThat(byDefault.getName()).isEmpty();
        assertThat(byDefault.getFunctionType()).isEqualTo(FunctionType.RERANK);
        assertThat(byDefault.getParams()).isEqualTo(Map.of("strategy", "rrf", "params", "{\"k\":60}"));
        assertThat(new RRFRanker(20).getParams()).containsEntry("params", "{\"k\":20}");
        assertThat(RRFRanker.builder().k(5).name("fuse").build().getName()).isEqualTo("fuse");

        WeightedRanker weighted =
                WeightedRanker.builder().weights(List.of(0.25f, 0.75f)).build();
        assertThat(weighted.getWeights()).containsExactly(0.25f, 0.75f);
        assertThat(weighted.getFunctionType()).isEqualTo(FunctionType.RERANK);
        assertThat(weighted.getParams())
                .isEqualTo(Map.of("strategy", "weighted", "params", "{\"weights\":[0.25,0.75]}"));
        assertThat(new WeightedRanker(List.of(1f)).getWeights()).containsExactly(1f);
        assertThat(WeightedRanker.builder().build().getWeights()).isEmpty();
    }

    @Test
    @SuppressWarnings("deprecation")
    void annSearchReqExprAndTopKAreFilterAndLimit() {
        AnnSearchReq byExpr = base().expr("id > 3").topK(7).build();
        assertThat(byExpr.getFilter()).isEqualTo("id > 3");
        assertThat(byExpr.getExpr()).isEqualTo("id > 3");
        assertThat(byExpr.getLimit()).isEqualTo(7L);
        assertThat(byExpr.getTopK()).isEqualTo(7);

        AnnSearchReq lastWins =
                base().expr("id > 3").filter("id < 2").topK(7).limit(9).build();
        assertThat(lastWins.getExpr()).isEqualTo("id < 2");
        assertThat(lastWins.getFilter()).isEqualTo("id < 2");
        assertThat(lastWins.getTopK()).isEqualTo(9);
        assertThat(lastWins.getLimit()).isEqualTo(9L);

        AnnSearchReq none = base().build();
        assertThat(none.getFilter()).isEmpty();
        assertThat(none.getExpr()).isEmpty();
        assertThat(none.getLimit()).isZero();
        assertThat(lastWins.toString()).contains("vectorFieldName=vec", "limit=9", "filter=id < 2");
    }

    private static AnnSearchReq.AnnSearchReqBuilder base() {
        return AnnSearchReq.builder().vectorFieldName("vec").vectors(List.of(new FloatVec(new float[] {1f})));
    }
}
