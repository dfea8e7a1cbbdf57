package io.partita.v2.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partita.v2.exception.ErrorCode;
import io.partita.v2.exception.MilvusClientException;
import io.partita.v2.service.collection.request.CreateCollectionReq;
import io.partita.v2.service.collection.request.LoadCollectionReq;
import io.partita.v2.service.partition.request.ReleasePartitionsReq;
import io.partita.v2.service.vector.request.SearchReq;
import io.partita.v2.service.vector.request.data.FloatVec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The builders keep the official defaults and refuse incomplete requests naming the field. */
class RequestBuildersTest {
    @Test
    void releasePartitionsWithoutPartitionNamesNamesTheField() {
        assertThatThrownBy(() ->
                        ReleasePartitionsReq.builder().collectionName("book").build())
                .isInstanceOfSatisfying(MilvusClientException.class, e -> {
                    assertThat(e.getErrorCode()).isEqualTo(ErrorCode.INVALID_PARAMS);
                    assertThat(e.getMessage()).contains("ReleasePartitionsReq.partitionNames");
                });
    }

    @Test
    void listsAreCopiedInAndHandedOutUnmodifiable() {
        List<String> names = new ArrayList<>(List.of("novel"));
        ReleasePartitionsReq r = ReleasePartitionsReq.builder()
                .collectionName("book")
                .partitionNames(names)
                .build();
        names.add("poem");
        assertThat(r.getPartitionNames()).containsExactly("novel");
        assertThatThrownBy(() -> r.getPartitionNames().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void loadCollectionDefaultsAreTheOfficialOnes() {
        LoadCollectionReq r = LoadCollectionReq.builder().collectionName("book").build();
        assertThat(r.getSync()).isTrue();
        assertThat(r.getTimeout()).isEqualTo(60_000L);
        assertThat(r.getNumReplicas()).isEqualTo(1);
    }

    @Test
    void quickSetupDefaultsAreTheOfficialOnes() {
        CreateCollectionReq r = CreateCollectionReq.builder()
                .collectionName("book")
                .dimension(8)
                .build();
        assertThat(r.getPrimaryFieldName()).isEqualTo("id");
        assertThat(r.getVectorFieldName()).isEqualTo("vector");
        assertThat(r.getMetricType()).isEqualTo("COSINE");
        assertThat(r.getEnableDynamicField()).isTrue();
        assertThat(r.getNumShards()).isEqualTo(1);
    }

    @Test
    void aCollectionNeedsADimensionOrASchema() {
        assertThatThrownBy(() ->
                        CreateCollectionReq.builder().collectionName("book").build())
                .isInstanceOf(MilvusClientException.class)
                .hasMessageContaining("dimension")
                .hasMessageContaining("collectionSchema");
    }

    @Test
    void topKAndLimitAreOneSettingAsInTheOfficialBuilder() {
        SearchReq byTopK = SearchReq.builder()
                .collectionName("book")
                .data(List.of(new FloatVec(new float[] {1})))
                .topK(7)
                .build();
        SearchReq byLimit = SearchReq.builder()
                .collectionName("book")
                .data(List.of(new FloatVec(new float[] {1})))
                .limit(5)
                .build();
        assertThat(byTopK.getLimit()).isEqualTo(7);
        assertThat(byLimit.getTopK()).isEqualTo(5);
    }

    @Test
    void connectConfigNeedsAUriAndNeverPrintsSecrets() {
        assertThatThrownBy(() -> ConnectConfig.builder().build()).isInstanceOf(MilvusClientException.class);
        ConnectConfig c = ConnectConfig.builder()
                .uri("grpc://localhost:19530")
                .token("root:Milvus")
                .password("hunter2")
                .build();
        assertThat(c.toString()).doesNotContain("Milvus").doesNotContain("hunter2");
        assertThat(c.getConnectTimeoutMs()).isEqualTo(10_000);
        assertThat(c.isKeepAliveWithoutCalls()).isTrue();
    }
}
