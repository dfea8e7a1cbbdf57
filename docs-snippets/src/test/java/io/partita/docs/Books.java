package io.partita.docs;

import io.partita.client.MilvusClient;
import io.partita.model.DataType;
import io.partita.model.LoadState;
import io.partita.param.collection.CreateCollectionParam;
import io.partita.param.collection.FieldType;
import io.partita.param.collection.GetLoadStateParam;
import io.partita.param.collection.LoadCollectionParam;
import io.partita.param.dml.InsertParam;
import io.partita.param.partition.CreatePartitionParam;
import io.partita.param.partition.LoadPartitionsParam;
import java.util.List;

/** The docs' example data: collection "book" (book_id, word_count, book_intro[2]) with partition "novel". */
final class Books {
    private Books() {}

    static void create(MilvusClient client) {
        client.createCollection(CreateCollectionParam.newBuilder()
                        .withCollectionName("book")
                        .addFieldType(FieldType.newBuilder()
                                .withName("book_id")
                                .withDataType(DataType.Int64)
                                .withPrimaryKey(true)
                                .build())
                        .addFieldType(FieldType.newBuilder()
                                .withName("word_count")
                                .withDataType(DataType.Int64)
                                .build())
                        .addFieldType(FieldType.newBuilder()
                                .withName("book_intro")
                                .withDataType(DataType.FloatVector)
                                .withDimension(2)
                                .build())
                        .build())
                .orThrow();
    }

    static void createWithNovel(MilvusClient client) {
        create(client);
        client.createPartition(CreatePartitionParam.newBuilder()
                        .withCollectionName("book")
                        .withPartitionName("novel")
                        .build())
                .orThrow();
    }

    /** Inserts books 1..n into novel, word_count = 1000 × id, intro = [id/10, id/10 + 0.1]. */
    static void insertNovels(MilvusClient client, int n) {
        List<Long> ids = new java.util.ArrayList<>();
        List<Long> counts = new java.util.ArrayList<>();
        List<List<Float>> intros = new java.util.ArrayList<>();
        for (long i = 1; i <= n; i++) {
            ids.add(i);
            counts.add(i * 1000);
            intros.add(List.of(i / 10f, i / 10f + 0.1f));
        }
        client.insert(InsertParam.newBuilder()
                        .withCollectionName("book")
                        .withPartitionName("novel")
                        .withFields(List.of(
                                new InsertParam.Field("book_id", ids),
                                new InsertParam.Field("word_count", counts),
                                new InsertParam.Field("book_intro", intros)))
                        .build())
                .orThrow();
    }

    static void loadNovel(MilvusClient client) {
        client.loadPartitions(LoadPartitionsParam.newBuilder()
                        .withCollectionName("book")
                        .addPartitionName("novel")
                        .withSyncLoad(true)
                        .build())
                .orThrow();
    }

    static void loadBook(MilvusClient client) {
        client.loadCollection(LoadCollectionParam.newBuilder()
                        .withCollectionName("book")
                        .withSyncLoad(true)
                        .build())
                .orThrow();
    }

    static LoadState state(MilvusClient client, String... partitions) {
        return client.getLoadState(GetLoadStateParam.newBuilder()
                        .withCollectionName("book")
                        .withPartitionNames(List.of(partitions))
                        .build())
                .orThrow()
                .getState();
    }

    /** The server's reason text of a failed call, exactly as sent. */
    static String reason(io.partita.param.R<?> r) {
        return ((io.partita.exception.MilvusServerException) r.getException()).getReason();
    }
}
