package io.partita.bench;

import io.partita.client.MilvusServiceClient;
import io.partita.common.clientenum.ConsistencyLevelEnum;
import io.partita.param.ConnectParam;
import io.partita.param.MetricType;
import io.partita.param.R;
import io.partita.param.dml.SearchParam;
import io.partita.param.partition.HasPartitionParam;
import io.partita.param.partition.ReleasePartitionsParam;
import io.partita.response.SearchResultsWrapper;
import java.util.List;

/** Partita's {@code MilvusServiceClient} over sdk-grpc's GrpcTransport (found by ServiceLoader). */
final class PartitaClient implements ClientUnderTest {
    private final MilvusServiceClient client;
    private final BenchConfig config;
    private final HasPartitionParam has;
    private final ReleasePartitionsParam release;

    PartitaClient(String host, int port, BenchConfig config) {
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

    MilvusServiceClient raw() {
        return client;
    }

    @Override
    public String name() {
        return "partita-grpc";
    }

    @Override
    public boolean hasPartition() {
        return client.hasPartition(has).orThrow();
    }

    @Override
    public void releaseColdPartition() {
        client.releasePartitions(release).orThrow();
    }

    @Override
    public int search(List<Float> vector) {
        // Built per call, as users do: building the Param is part of the client's cost.
        R<io.partita.model.SearchResults> r = client.search(SearchParam.newBuilder()
                .withCollectionName(BenchConfig.COLLECTION)
                .withPartitionNames(List.of(BenchConfig.HOT))
                .withMetricType(MetricType.L2)
                .withVectorFieldName(BenchConfig.VECTOR)
                .withVectors(List.of(vector))
                .withTopK(config.topK)
                .withParams("{\"nprobe\":10}")
                .withConsistencyLevel(ConsistencyLevelEnum.BOUNDED)
                .build());
        return new SearchResultsWrapper(r.orThrow().getResults()).getIDScore(0).size();
    }

    @Override
    public void close() {
        client.close();
    }
}
