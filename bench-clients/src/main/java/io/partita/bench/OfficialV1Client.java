package io.partita.bench;

import io.milvus.client.MilvusServiceClient;
import io.milvus.common.clientenum.ConsistencyLevelEnum;
import io.milvus.param.ConnectParam;
import io.milvus.param.MetricType;
import io.milvus.param.R;
import io.milvus.param.dml.SearchParam;
import io.milvus.param.partition.HasPartitionParam;
import io.milvus.param.partition.ReleasePartitionsParam;
import io.milvus.response.SearchResultsWrapper;
import java.util.List;

/** The official milvus-sdk-java 2.6.22 V1 client ({@code io.milvus.client.MilvusServiceClient}). */
final class OfficialV1Client implements ClientUnderTest {
    private final MilvusServiceClient client;
    private final BenchConfig config;
    private final HasPartitionParam has;
    private final ReleasePartitionsParam release;

    OfficialV1Client(String host, int port, BenchConfig config) {
        this.client = new MilvusServiceClient(
                ConnectParam.newBuilder().withHost(host).withPort(port).build());
        this.config = config;
        this.has = HasPartitionParam.newBuilder()
                .withCollectionName(BenchConfig.COLLECTION)
                .withPartitionName(BenchConfig.HOT)
                .build();
        this.release = ReleasePartitionsParam.newBuilder()
                .withCollectionName(BenchConfig.COLLECTION)
                .withPartitionNames(List.of(BenchConfig.COLD))
                .build();
    }

    @Override
    public String name() {
        return "official-2.6.22-v1";
    }

    @Override
    public boolean hasPartition() {
        return check(client.hasPartition(has));
    }

    @Override
    public void releaseColdPartition() {
        check(client.releasePartitions(release));
    }

    @Override
    public int search(List<Float> vector) {
        R<io.milvus.grpc.SearchResults> r = client.search(SearchParam.newBuilder()
                .withCollectionName(BenchConfig.COLLECTION)
                .withPartitionNames(List.of(BenchConfig.HOT))
                .withMetricType(MetricType.L2)
                .withVectorFieldName(BenchConfig.VECTOR)
                .withFloatVectors(List.of(vector))
                .withTopK(config.topK)
                .withParams("{\"nprobe\":10}")
                .withConsistencyLevel(ConsistencyLevelEnum.BOUNDED)
                .build());
        return new SearchResultsWrapper(check(r).getResults()).getIDScore(0).size();
    }

    private static <T> T check(R<T> r) {
        if (r.getStatus() != R.Status.Success.getCode()) {
            throw new IllegalStateException("official client call failed: " + r.getMessage(), r.getException());
        }
        return r.getData();
    }

    @Override
    public void close() {
        client.close();
    }
}
