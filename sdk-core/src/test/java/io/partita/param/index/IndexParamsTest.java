package io.partita.param.index;

import static io.partita.param.ParamAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.partita.param.IndexType;
import io.partita.param.MetricType;
import org.junit.jupiter.api.Test;

class IndexParamsTest {

    private static CreateIndexParam.Builder create() {
        return CreateIndexParam.newBuilder()
                .withCollectionName("book")
                .withFieldName("vec")
                .withIndexType(IndexType.IVF_FLAT)
                .withMetricType(MetricType.L2);
    }

    @Test
    void createIndexBuildsWithTheOfficialDefaults() {
        CreateIndexParam p = create().withExtraParam("{\"nlist\":1024}").build();

        assertThat(p.getIndexName()).isEqualTo("_default_idx");
        assertThat(p.isSyncMode()).isTrue();
        assertThat(p.getSyncWaitingInterval()).isEqualTo(500L);
        assertThat(p.getSyncWaitingTimeout()).isEqualTo(600L);
        assertThat(p.getExtraParam()).isEqualTo("{\"nlist\":1024}");
    }

    @Test
    void createIndexRejectsEachInvalidField() {
        assertRejected(() -> create().withIndexType(null).build(), "indexType must not be null");
        assertRejected(() -> create().withIndexType(IndexType.INVALID).build(), "indexType must not be INVALID");
        assertRejected(() -> create().withMetricType(null).build(), "metricType must not be null");
        assertRejected(() -> create().withMetricType(MetricType.INVALID).build(), "metricType must not be INVALID");
        assertRejected(() -> create().withFieldName("").build(), "fieldName must not be empty");
        assertRejected(() -> create().withCollectionName("a-b").build(), "Invalid collection name: a-b");
        assertRejected(() -> create().withSyncWaitingInterval(3000L).build(), "syncWaitingInterval", "got 3000");
        assertRejected(() -> create().withSyncWaitingTimeout(0L).build(), "syncWaitingTimeout", "got 0");
        assertRejected(() -> create().withExtraParam(null).build(), "extraParam must not be null");
        assertRejected(() -> create().withSyncMode(null).build(), "syncMode must not be null");
    }

    @Test
    void describeDropStateAndProgressNeedACollectionAndTakeOptionalNames() {
        assertThat(DescribeIndexParam.newBuilder()
                        .withCollectionName("book")
                        .build()
                        .getFieldName())
                .isEmpty();
        assertThat(DropIndexParam.newBuilder()
                        .withCollectionName("book")
                        .withFieldName("vec")
                        .build()
                        .getFieldName())
                .isEqualTo("vec");
        assertThat(GetIndexStateParam.newBuilder()
                        .withCollectionName("book")
                        .withIndexName("i")
                        .build()
                        .getIndexName())
                .isEqualTo("i");
        assertThat(GetIndexBuildProgressParam.newBuilder()
                        .withCollectionName("book")
                        .build()
                        .getIndexName())
                .isEmpty();

        assertRejected(() -> DescribeIndexParam.newBuilder().build(), "collectionName must not be null");
        assertRejected(
                () -> DropIndexParam.newBuilder()
                        .withCollectionName("book")
                        .withFieldName(null)
                        .build(),
                "fieldName must not be null");
        assertRejected(
                () -> GetIndexStateParam.newBuilder().withCollectionName("1").build(), "Invalid collection name: 1");
        assertRejected(
                () -> GetIndexBuildProgressParam.newBuilder()
                        .withCollectionName("book")
                        .withIndexName(null)
                        .build(),
                "indexName must not be null");
    }
}
