package io.partita.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partita.common.clientenum.ConsistencyLevelEnum;
import io.partita.model.ConsistencyLevel;
import io.partita.model.DataType;
import io.partita.model.KeyValuePair;
import io.partita.param.Constant;
import io.partita.param.MetricType;
import io.partita.param.dml.QueryParam;
import io.partita.param.dml.SearchIteratorV2Page;
import io.partita.param.dml.SearchParam;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SearchRequestShapeTest {

    private static SearchParam.Builder search() {
        return SearchParam.newBuilder()
                .withCollectionName("c")
                .withVectorFieldName("vec")
                .withTopK(7)
                .withParams("{\"nprobe\":4}");
    }

    @Test
    void searchParamsArePairedInTheOfficialOrder() {
        SearchRequestShape shape = SearchRequestShape.of(search().withMetricType(MetricType.IP)
                .withRoundDecimal(3)
                .withVectors(List.of(List.of(1f, 2f)))
                .build());

        assertThat(shape.getSearchParams().stream()
                        .map(kv -> kv.getKey() + "=" + kv.getValue())
                        .collect(Collectors.toList()))
                .containsExactly(
                        "anns_field=vec", "topk=7", "metric_type=IP", "round_decimal=3", "params={\"nprobe\":4}");
    }

    @Test
    void aGroupingSearchSendsItsGroupPairsAfterParams() {
        SearchRequestShape shape = SearchRequestShape.of(search().withVectors(List.of(List.of(1f)))
                .withGroupByFieldName("color")
                .withGroupSize(2)
                .withStrictGroupSize(true)
                .build());

        assertThat(shape.getSearchParams().stream()
                        .map(kv -> kv.getKey() + "=" + kv.getValue())
                        .collect(Collectors.toList()))
                .endsWith("params={\"nprobe\":4}", "group_by_field=color", "group_size=2", "strict_group_size=true");
    }

    @Test
    void aSearchIteratorV2CallSendsItsHiddenPairsAfterParams() {
        SearchRequestShape first = SearchRequestShape.of(search().withVectors(List.of(List.of(1f)))
                .withIteratorV2(SearchIteratorV2Page.first(50))
                .build());
        assertThat(first.getSearchParams().stream()
                        .map(kv -> kv.getKey() + "=" + kv.getValue())
                        .collect(Collectors.toList()))
                .endsWith("params={\"nprobe\":4}", "iterator=true", "search_iter_v2=true", "search_iter_batch_size=50");

        SearchRequestShape later = SearchRequestShape.of(search().withVectors(List.of(List.of(1f)))
                .withIteratorV2(SearchIteratorV2Page.after(50, 0.25f, "tok"))
                .build());
        assertThat(later.getSearchParams().stream()
                        .map(kv -> kv.getKey() + "=" + kv.getValue())
                        .collect(Collectors.toList()))
                .endsWith(
                        "iterator=true",
                        "search_iter_v2=true",
                        "search_iter_batch_size=50",
                        "search_iter_last_bound=0.25",
                        "search_iter_id=tok");
    }

    @Test
    void eachQueryKindIsToldByItsSetterOrItsJavaType() {
        ByteBuffer half = ByteBuffer.wrap(new byte[] {0, 60, 0, 60});
        assertThat(SearchRequestShape.of(
                                search().withFloat16Vectors(List.of(half)).build())
                        .getVectorType())
                .isEqualTo(DataType.Float16Vector);
        assertThat(SearchRequestShape.of(search().withInt8Vectors(List.of(half)).build())
                        .getByteVectors())
                .containsExactly(half);
        SearchRequestShape sparse = SearchRequestShape.of(search().withMetricType(MetricType.IP)
                .withVectors(List.of(new TreeMap<>(Map.of(3L, 1f))))
                .build());
        assertThat(sparse.getVectorType()).isEqualTo(DataType.SparseFloatVector);
        assertThat(sparse.getSparseVectors()).containsExactly(new TreeMap<>(Map.of(3L, 1f)));
        SearchRequestShape text = SearchRequestShape.of(search().withMetricType(MetricType.BM25)
                .withVectors(List.of("vector database"))
                .build());
        assertThat(text.getVectorType()).isEqualTo(DataType.VarChar);
        assertThat(text.getTexts()).containsExactly("vector database");
        assertThatThrownBy(text::getFloatVectors).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(text::getByteVectors).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void floatRowsAreFloatVectorsAndCannotBeReadAsBinary() {
        SearchRequestShape shape = SearchRequestShape.of(
                search().withVectors(List.of(List.of(1f, 2f), List.of(3f, 4f))).build());

        assertThat(shape.isBinary()).isFalse();
        assertThat(shape.getNq()).isEqualTo(2);
        assertThat(shape.getFloatVectors()).containsExactly(List.of(1f, 2f), List.of(3f, 4f));
        assertThatThrownBy(shape::getBinaryVectors).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void byteBufferRowsAreBinaryVectorsAndCannotBeReadAsFloats() {
        ByteBuffer row = ByteBuffer.wrap(new byte[] {1, 2});
        SearchRequestShape shape = SearchRequestShape.of(search().withMetricType(MetricType.HAMMING)
                .withVectors(List.of(row))
                .build());

        assertThat(shape.isBinary()).isTrue();
        assertThat(shape.getBinaryVectors()).containsExactly(row);
        assertThatThrownBy(shape::getFloatVectors).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void noLevelMeansTheCollectionsOwnAndTheEventualGuarantee() {
        SearchRequestShape shape =
                SearchRequestShape.of(search().withVectors(List.of(List.of(1f))).build());

        assertThat(shape.getDsl()).isEmpty();
        assertThat(shape.getConsistency().usesDefault()).isTrue();
        assertThat(shape.getConsistency().getLevel()).isNull();
        assertThat(shape.getConsistency().getGuaranteeTimestamp()).isEqualTo(Constant.GUARANTEE_EVENTUALLY_TS);
    }

    @Test
    void anExplicitLevelIsSentWithItsGuaranteeForSearchAndQueryAlike() {
        ReadConsistency s = SearchRequestShape.of(search().withVectors(List.of(List.of(1f)))
                        .withConsistencyLevel(ConsistencyLevelEnum.STRONG)
                        .build())
                .getConsistency();
        ReadConsistency q = ReadConsistency.of(QueryParam.newBuilder()
                .withCollectionName("c")
                .withExpr("id > 0")
                .withConsistencyLevel(ConsistencyLevelEnum.STRONG)
                .withTravelTimestamp(9L)
                .build());

        for (ReadConsistency c : List.of(s, q)) {
            assertThat(c.usesDefault()).isFalse();
            assertThat(c.getLevel()).isEqualTo(ConsistencyLevel.Strong);
            assertThat(c.getGuaranteeTimestamp()).isEqualTo(Constant.GUARANTEE_STRONG_TS);
        }
        assertThat(q.getTravelTimestamp()).isEqualTo(9L);
    }

    @Test
    void theShapedPairsAreReadOnly() {
        SearchRequestShape shape =
                SearchRequestShape.of(search().withVectors(List.of(List.of(1f))).build());
        KeyValuePair extra = KeyValuePair.newBuilder().setKey("k").setValue("v").build();

        assertThatThrownBy(() -> shape.getSearchParams().add(extra)).isInstanceOf(UnsupportedOperationException.class);
    }
}
