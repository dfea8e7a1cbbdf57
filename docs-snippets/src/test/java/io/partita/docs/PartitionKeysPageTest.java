package io.partita.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.junit.PartitaEndpoints;
import io.partita.junit.PartitaServer;
import io.partita.wire.CollectionSchema;
import io.partita.wire.CreateCollectionRequest;
import io.partita.wire.CreatePartitionRequest;
import io.partita.wire.DataType;
import io.partita.wire.FieldSchema;
import io.partita.wire.KeyValuePair;
import io.partita.wire.MilvusServiceGrpc;
import io.partita.wire.ShowPartitionsRequest;
import io.partita.wire.Status;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

@PartitaServer(profile = "milvus-2.6")
class PartitionKeysPageTest {
    private final DocPage page = DocPage.load("partition_keys.md");

    static Status createTenantBooks(MilvusServiceGrpc.MilvusServiceBlockingStub milvus) {
        // spotless:off (a docs snippet: the page shows this region as written)
        // tag::java[]
        CollectionSchema schema = CollectionSchema.newBuilder()
            .setName("tenant_book")
            .addFields(FieldSchema.newBuilder().setName("book_id")
                .setDataType(DataType.Int64).setIsPrimaryKey(true))
            .addFields(FieldSchema.newBuilder().setName("tenant")
                .setDataType(DataType.VarChar).setIsPartitionKey(true)     // routes each row
                .addTypeParams(KeyValuePair.newBuilder().setKey("max_length").setValue("64")))
            .addFields(FieldSchema.newBuilder().setName("book_intro")
                .setDataType(DataType.FloatVector)
                .addTypeParams(KeyValuePair.newBuilder().setKey("dim").setValue("2")))
            .build();
        return milvus.createCollection(CreateCollectionRequest.newBuilder()
            .setCollectionName("tenant_book")
            .setSchema(schema.toByteString())
            .setNumPartitions(8)                  // _default_0 … _default_7; 0 = the default (16)
            .build());
        // end::java[]
        // spotless:on
    }

    @Test
    void theSnippetCreatesEightHiddenPartitionsAndTheRefusalIsThePages(PartitaEndpoints endpoints) throws Exception {
        try (ProtocolChannel channel = new ProtocolChannel(endpoints)) {
            var milvus = channel.stub();
            assertThat(createTenantBooks(milvus).getReason()).isEmpty();
            assertThat(milvus.showPartitions(ShowPartitionsRequest.newBuilder()
                                    .setCollectionName("tenant_book")
                                    .build())
                            .getPartitionNamesList())
                    .hasSize(8)
                    .startsWith("_default_0")
                    .endsWith("_default_7");
            Status refused = milvus.createPartition(CreatePartitionRequest.newBuilder()
                    .setCollectionName("tenant_book")
                    .setPartitionName("mine")
                    .build());
            assertThat(Files.readString(page.path())).contains("`" + refused.getReason() + "`");
        }
    }
}
