package io.partita.bench;

import io.partita.client.MilvusServiceClient;
import io.partita.model.DataType;
import io.partita.param.collection.CreateCollectionParam;
import io.partita.param.collection.FieldType;
import io.partita.param.collection.FlushParam;
import io.partita.param.dml.InsertParam;
import io.partita.param.partition.CreatePartitionParam;
import io.partita.param.partition.LoadPartitionsParam;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Creates the benchmark's data through Partita's client: collection {@code bench} (id INT64 pk,
 * vec FLOAT_VECTOR dim), partition {@code hot} with the rows, loaded (sync), and an empty
 * partition {@code cold} that stays released.
 */
final class BenchData {
    private BenchData() {}

    static void create(MilvusServiceClient client, BenchConfig c) {
        client.createCollection(CreateCollectionParam.newBuilder()
                        .withCollectionName(BenchConfig.COLLECTION)
                        .withShardsNum(1)
                        .addFieldType(FieldType.newBuilder()
                                .withName(BenchConfig.PK)
                                .withDataType(DataType.Int64)
                                .withPrimaryKey(true)
                                .withAutoID(false)
                                .build())
                        .addFieldType(FieldType.newBuilder()
                                .withName(BenchConfig.VECTOR)
                                .withDataType(DataType.FloatVector)
                                .withDimension(c.dim)
                                .build())
                        .build())
                .orThrow();
        for (String p : List.of(BenchConfig.HOT, BenchConfig.COLD)) {
            client.createPartition(CreatePartitionParam.newBuilder()
                            .withCollectionName(BenchConfig.COLLECTION)
                            .withPartitionName(p)
                            .build())
                    .orThrow();
        }
        Random random = new Random(c.seed);
        for (int start = 0; start < c.rows; start += c.insertBatchRows) {
            int n = Math.min(c.insertBatchRows, c.rows - start);
            List<Long> ids = new ArrayList<>(n);
            List<List<Float>> vectors = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                ids.add((long) (start + i));
                vectors.add(randomVector(random, c.dim));
            }
            client.insert(InsertParam.newBuilder()
                            .withCollectionName(BenchConfig.COLLECTION)
                            .withPartitionName(BenchConfig.HOT)
                            .withFields(List.of(
                                    new InsertParam.Field(BenchConfig.PK, ids),
                                    new InsertParam.Field(BenchConfig.VECTOR, vectors)))
                            .build())
                    .orThrow();
        }
        client.flush(FlushParam.newBuilder()
                        .addCollectionName(BenchConfig.COLLECTION)
                        .build())
                .orThrow();
        client.loadPartitions(LoadPartitionsParam.newBuilder()
                        .withCollectionName(BenchConfig.COLLECTION)
                        .withPartitionNames(List.of(BenchConfig.HOT))
                        .withSyncLoad(true)
                        .withSyncLoadWaitingTimeout(300L)
                        .build())
                .orThrow();
    }

    static List<Float> randomVector(Random random, int dim) {
        List<Float> v = new ArrayList<>(dim);
        for (int d = 0; d < dim; d++) {
            v.add(random.nextFloat());
        }
        return v;
    }
}
