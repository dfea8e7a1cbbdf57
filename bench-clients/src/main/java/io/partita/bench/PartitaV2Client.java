package io.partita.bench;

import io.partita.v2.client.ConnectConfig;
import io.partita.v2.client.MilvusClientV2;
import io.partita.v2.common.ConsistencyLevel;
import io.partita.v2.common.IndexParam;
import io.partita.v2.service.partition.request.HasPartitionReq;
import io.partita.v2.service.partition.request.ReleasePartitionsReq;
import io.partita.v2.service.vector.request.SearchReq;
import io.partita.v2.service.vector.request.data.FloatVec;
import java.util.List;
import java.util.Map;

/**
 * Partita's {@code MilvusClientV2} (sdk-v2), over gRPC ({@code grpc://…}), Milvus 2.1's HTTP API
 * ({@code http://…}) or RESTful v2 ({@code http://…/v2/vectordb}), as the URI says.
 */
final class PartitaV2Client implements ClientUnderTest {
    private final MilvusClientV2 client;
    private final String name;
    private final BenchConfig config;
    private final HasPartitionReq has = HasPartitionReq.builder()
            .collectionName(BenchConfig.COLLECTION)
            .partitionName(BenchConfig.HOT)
            .build();
    private final ReleasePartitionsReq release = ReleasePartitionsReq.builder()
            .collectionName(BenchConfig.COLLECTION)
            .partitionNames(List.of(BenchConfig.COLD))
            .build();

    PartitaV2Client(String name, String uri, BenchConfig config) {
        this.client = new MilvusClientV2(ConnectConfig.builder().uri(uri).build());
        this.name = name;
        this.config = config;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean hasPartition() {
        return client.hasPartition(has);
    }

    @Override
    public void releaseColdPartition() {
        client.releasePartitions(release);
    }

    @Override
    public int search(List<Float> vector) {
        return client.search(SearchReq.builder()
                        .collectionName(BenchConfig.COLLECTION)
                        .partitionNames(List.of(BenchConfig.HOT))
                        .annsField(BenchConfig.VECTOR)
                        .metricType(IndexParam.MetricType.L2)
                        .data(List.of(new FloatVec(vector)))
                        .topK(config.topK)
                        .searchParams(Map.of("nprobe", 10))
                        .consistencyLevel(ConsistencyLevel.BOUNDED)
                        .build())
                .getSearchResults()
                .get(0)
                .size();
    }

    @Override
    public void close() {
        client.close();
    }
}
