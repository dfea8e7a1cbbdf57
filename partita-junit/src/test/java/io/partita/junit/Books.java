package io.partita.junit;

import io.partita.client.MilvusClient;
import io.partita.model.DataType;
import io.partita.param.collection.CreateCollectionParam;
import io.partita.param.collection.FieldType;
import io.partita.param.collection.HasCollectionParam;
import io.partita.param.partition.CreatePartitionParam;

/** Creates the docs' "book" collection (book_id, word_count, book_intro[2]) used by these tests. */
final class Books {
    private Books() {}

    static void create(MilvusClient client, String name) {
        client.createCollection(CreateCollectionParam.newBuilder()
                        .withCollectionName(name)
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

    static void createPartition(MilvusClient client, String collection, String partition) {
        client.createPartition(CreatePartitionParam.newBuilder()
                        .withCollectionName(collection)
                        .withPartitionName(partition)
                        .build())
                .orThrow();
    }

    static boolean exists(MilvusClient client, String name) {
        return client.hasCollection(
                        HasCollectionParam.newBuilder().withCollectionName(name).build())
                .orThrow();
    }
}
