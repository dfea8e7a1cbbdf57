package io.partita.param.dml;

import static io.partita.param.ParamAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.partita.common.clientenum.ConsistencyLevelEnum;
import io.partita.model.DataType;
import io.partita.param.MetricType;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DmlParamsTest {
    private static final List<Float> V = List.of(0.1f, 0.2f);

    @Test
    void insertBuildsWithColumnsOfEqualLengthIntoTheDefaultPartition() {
        List<Long> ids = new ArrayList<>(List.of(1L, 2L));
        InsertParam p = InsertParam.newBuilder()
                .withCollectionName("book")
                .withFields(List.of(
                        new InsertParam.Field("id", ids),
                        new InsertParam.Field("vec", DataType.FloatVector, List.of(V, V))))
                .build();
        ids.add(3L);

        assertThat(p.getRowCount()).isEqualTo(2);
        assertThat(p.getPartitionName()).isEmpty();
        assertThat(List.<Object>copyOf(p.getFields().get(0).getValues())).containsExactly(1L, 2L);
        assertThat(p.getFields().get(0).getType()).isNull();
        assertThat(p.toString()).doesNotContain("0.1");
    }

    @Test
    void insertRejectsEachInvalidField() {
        InsertParam.Field id = new InsertParam.Field("id", List.of(1L));
        assertRejected(() -> InsertParam.newBuilder().withCollectionName("book").build(), "fields must not be empty");
        assertRejected(
                () -> InsertParam.newBuilder()
                        .withCollectionName("book")
                        .withFields(null)
                        .build(),
                "fields must not be null");
        assertRejected(
                () -> InsertParam.newBuilder().withFields(List.of(id)).build(), "collectionName must not be null");
        assertRejected(
                () -> InsertParam.newBuilder()
                        .withCollectionName("book")
                        .withPartitionName("1p")
                        .withFields(List.of(id))
                        .build(),
                "partitionName",
                "Invalid partition name: 1p");
        assertRejected(
                () -> InsertParam.newBuilder()
                        .withCollectionName("book")
                        .withPartitionName(null)
                        .withFields(List.of(id))
                        .build(),
                "partitionName must not be null");
        assertRejected(
                () -> InsertParam.newBuilder()
                        .withCollectionName("book")
                        .withFields(List.of(id, new InsertParam.Field("vec", List.of(V, V))))
                        .build(),
                "same row count",
                "1 for id",
                "2 for vec");
        assertRejected(
                () -> InsertParam.newBuilder()
                        .withCollectionName("book")
                        .withFields(List.of(id, id))
                        .build(),
                "unique names",
                "id");
        assertRejected(
                () -> InsertParam.newBuilder()
                        .withCollectionName("book")
                        .withFields(List.of(new InsertParam.Field("id", List.of())))
                        .build(),
                "fields[id].values must not be empty");
        assertRejected(() -> new InsertParam.Field(null, List.of(1L)), "fields.name must not be null");
        assertRejected(() -> new InsertParam.Field("id", null), "fields[id].values must not be null");
        // a null value is a nullable field's row without a value: kept here, checked against the schema by the client
        List<?> kept = new InsertParam.Field("note", Arrays.asList("a", null)).getValues();
        assertThat(kept).isEqualTo(Arrays.asList("a", null));
    }

    private static SearchParam.Builder search() {
        return SearchParam.newBuilder()
                .withCollectionName("book")
                .withVectorFieldName("vec")
                .withTopK(3)
                .withVectors(List.of(V));
    }

    @Test
    void searchBuildsWithTheOfficialDefaults() {
        SearchParam p = search().build();

        assertThat(p.getMetricType()).isEqualTo(MetricType.L2);
        assertThat(p.getExpr()).isEmpty();
        assertThat(p.getParams()).isEqualTo("{}");
        assertThat(p.getRoundDecimal()).isEqualTo(-1);
        assertThat(p.getGracefulTime()).isEqualTo(5000L);
        assertThat(p.getConsistencyLevel()).isNull();
        assertThat(p.toString()).contains("nq=1").doesNotContain("0.1");
    }

    @Test
    void searchAcceptsBinaryVectorsWithABinaryMetric() {
        SearchParam p = search().withMetricType(MetricType.HAMMING)
                .withVectors(List.of(ByteBuffer.wrap(new byte[2])))
                .build();

        assertThat(p.getVectors()).hasSize(1);
    }

    @Test
    void searchRejectsEachInvalidField() {
        assertRejected(() -> search().withTopK(0).build(), "topK must be between 1 and 16384, got 0");
        assertRejected(() -> search().withTopK(null).build(), "topK must not be null");
        assertRejected(() -> search().withVectorFieldName("").build(), "vectorFieldName must not be empty");
        assertRejected(() -> search().withVectors(null).build(), "vectors must not be null");
        assertRejected(() -> search().withVectors(List.of()).build(), "vectors must not be empty");
        assertRejected(() -> search().withVectors(List.of(V, List.of(1f))).build(), "vectors[1]", "dimension 2");
        assertRejected(
                () -> search().withVectors(List.of(List.of(1.0d))).build(),
                "vectors[0] must hold Float values",
                "Double");
        assertRejected(
                () -> search().withVectors(List.of(42)).build(),
                "vectors must hold List<Float>, ByteBuffer, SortedMap<Long, Float> or String");
        assertRejected(
                () -> search().withFloat16Vectors(List.of(ByteBuffer.wrap(new byte[3])))
                        .build(),
                "vectors[0] must be a non-empty ByteBuffer",
                "2 per dimension of Float16Vector");
        assertRejected(() -> search().withGroupSize(0).build(), "groupSize must be between 1");
        assertRejected(() -> search().withMetricType(MetricType.HAMMING).build(), "needs binary vectors");
        assertRejected(
                () -> search().withVectors(List.of(ByteBuffer.wrap(new byte[1])))
                        .build(),
                "needs float vectors");
        assertRejected(() -> search().withMetricType(MetricType.INVALID).build(), "metricType must not be INVALID");
        assertRejected(() -> search().withMetricType(null).build(), "metricType must not be null");
        assertRejected(() -> search().withRoundDecimal(7).build(), "roundDecimal", "got 7");
        assertRejected(() -> search().withParams("").build(), "params must not be empty");
        assertRejected(() -> search().withExpr(null).build(), "expr must not be null");
        assertRejected(() -> search().withGuaranteeTimestamp(-1L).build(), "guaranteeTimestamp");
        assertRejected(() -> search().withTravelTimestamp(null).build(), "travelTimestamp must not be null");
        assertRejected(() -> search().withGracefulTime(-1L).build(), "gracefulTime");
        assertRejected(() -> search().addPartitionName("a b").build(), "partitionNames[0]");
        assertRejected(() -> search().withOutFields(Arrays.asList("a", null)).build(), "outFields[1] must not be null");
        assertRejected(() -> search().withCollectionName("9").build(), "Invalid collection name: 9");
    }

    @Test
    void queryBuildsWithTheOfficialDefaultsAndRejectsEachInvalidField() {
        QueryParam p = QueryParam.newBuilder()
                .withCollectionName("book")
                .withExpr("id in [1]")
                .addOutField("id")
                .withConsistencyLevel(ConsistencyLevelEnum.STRONG)
                .build();
        assertThat(p.getOutFields()).containsExactly("id");
        assertThat(p.getGuaranteeTimestamp()).isZero(); // STRONG: see every acknowledged write
        assertThat(p.getGracefulTime()).isEqualTo(5000L);
        assertThat(p.getConsistencyLevel()).isEqualTo(ConsistencyLevelEnum.STRONG);

        assertRejected(() -> QueryParam.newBuilder().withCollectionName("book").build(), "expr must not be null");
        assertRejected(
                () -> QueryParam.newBuilder()
                        .withCollectionName("book")
                        .withExpr(" ")
                        .build(),
                "expr must not be empty");
        assertRejected(() -> QueryParam.newBuilder().withExpr("id > 0").build(), "collectionName must not be null");
        assertRejected(
                () -> QueryParam.newBuilder()
                        .withCollectionName("book")
                        .withExpr("id > 0")
                        .addPartitionName("1")
                        .build(),
                "partitionNames[0]");
        assertRejected(
                () -> QueryParam.newBuilder()
                        .withCollectionName("book")
                        .withExpr("id > 0")
                        .withOutFields(null)
                        .build(),
                "outFields must not be null");
        assertRejected(
                () -> QueryParam.newBuilder()
                        .withCollectionName("book")
                        .withExpr("id > 0")
                        .withTravelTimestamp(-5L)
                        .build(),
                "travelTimestamp",
                "got -5");
    }

    @Test
    void deleteNeedsAnExpressionAndAcceptsAnOptionalPartition() {
        DeleteParam p = DeleteParam.newBuilder()
                .withCollectionName("book")
                .withExpr("id in [1]")
                .build();
        assertThat(p.getPartitionName()).isEmpty();
        assertThat(DeleteParam.newBuilder()
                        .withCollectionName("book")
                        .withPartitionName("p")
                        .withExpr("id in [1]")
                        .build()
                        .getPartitionName())
                .isEqualTo("p");

        assertRejected(() -> DeleteParam.newBuilder().withCollectionName("book").build(), "expr must not be null");
        assertRejected(
                () -> DeleteParam.newBuilder()
                        .withCollectionName("book")
                        .withExpr("")
                        .build(),
                "expr must not be empty");
        assertRejected(
                () -> DeleteParam.newBuilder()
                        .withCollectionName("book")
                        .withExpr("x")
                        .withPartitionName(null)
                        .build(),
                "partitionName must not be null");
        assertRejected(() -> DeleteParam.newBuilder().withExpr("x").build(), "collectionName must not be null");
    }

    @Test
    void calcDistanceBuildsForTwoSetsOfOneDimension() {
        CalcDistanceParam p = CalcDistanceParam.newBuilder()
                .withVectorsLeft(List.of(V))
                .withVectorsRight(List.of(V, V))
                .withMetricType(MetricType.IP)
                .build();

        assertThat(p.getVectorsRight()).hasSize(2);
        assertThat(p.toString()).doesNotContain("0.1");
    }

    @Test
    void calcDistanceRejectsEachInvalidField() {
        assertRejected(
                () -> CalcDistanceParam.newBuilder()
                        .withVectorsRight(List.of(V))
                        .build(),
                "vectorsLeft must not be null");
        assertRejected(
                () -> CalcDistanceParam.newBuilder()
                        .withVectorsLeft(List.of())
                        .withVectorsRight(List.of(V))
                        .build(),
                "vectorsLeft must not be empty");
        assertRejected(
                () -> CalcDistanceParam.newBuilder()
                        .withVectorsLeft(List.of(V))
                        .withVectorsRight(List.of(List.of(1f)))
                        .build(),
                "vectorsRight must have the dimension of vectorsLeft (2), got 1");
        assertRejected(
                () -> CalcDistanceParam.newBuilder()
                        .withVectorsLeft(List.of(V, List.of(1f)))
                        .withVectorsRight(List.of(V))
                        .build(),
                "vectorsLeft[1] must have dimension 2, got 1");
        assertRejected(
                () -> CalcDistanceParam.newBuilder()
                        .withVectorsLeft(List.of(V))
                        .withVectorsRight(List.of(V))
                        .withMetricType(MetricType.HAMMING)
                        .build(),
                "metricType must be L2 or IP",
                "HAMMING");
    }

    @Test
    void strongConsistencyWithoutAGuaranteeTimestampSendsZeroSoEveryAcknowledgedWriteIsSeen() {
        io.partita.common.clientenum.ConsistencyLevelEnum strong =
                io.partita.common.clientenum.ConsistencyLevelEnum.STRONG;
        assertThat(search().withConsistencyLevel(strong).build().getGuaranteeTimestamp())
                .isZero();
        assertThat(QueryParam.newBuilder()
                        .withCollectionName("book")
                        .withExpr("id > 0")
                        .withConsistencyLevel(strong)
                        .build()
                        .getGuaranteeTimestamp())
                .isZero();
    }

    @Test
    void withoutALevelTheGuaranteeTimestampStaysTheEventualDefaultAndAnExplicitOneWins() {
        assertThat(search().build().getGuaranteeTimestamp()).isEqualTo(1L);
        assertThat(QueryParam.newBuilder()
                        .withCollectionName("book")
                        .withExpr("id > 0")
                        .build()
                        .getGuaranteeTimestamp())
                .isEqualTo(1L);
        assertThat(search().withConsistencyLevel(io.partita.common.clientenum.ConsistencyLevelEnum.STRONG)
                        .withGuaranteeTimestamp(7L)
                        .build()
                        .getGuaranteeTimestamp())
                .isEqualTo(7L);
    }
}
