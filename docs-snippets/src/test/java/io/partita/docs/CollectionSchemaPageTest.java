package io.partita.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.junit.PartitaEndpoints;
import io.partita.junit.PartitaServer;
import io.partita.v2.client.ConnectConfig;
import io.partita.v2.client.MilvusClientV2;
import io.partita.v2.common.DataType;
import io.partita.v2.service.collection.request.AddCollectionFieldReq;
import io.partita.v2.service.collection.request.AddFieldReq;
import io.partita.v2.service.collection.request.AlterCollectionFieldReq;
import io.partita.v2.service.collection.request.BatchDescribeCollectionReq;
import io.partita.v2.service.collection.request.CreateCollectionReq;
import io.partita.v2.service.collection.request.GetCollectionStatsReq;
import io.partita.v2.service.collection.request.TruncateCollectionReq;
import io.partita.v2.service.collection.response.DescribeCollectionResp;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/data_model.md's V2 snippet of the Milvus 2.6 schema calls, run against a milvus-2.6 server. */
@PartitaServer(profile = "milvus-2.6")
class CollectionSchemaPageTest {

    static List<DescribeCollectionResp> schemaCalls(String uri) throws InterruptedException {
        // spotless:off (a docs snippet: the page shows this region as written)
        // tag::v2[]
        MilvusClientV2 client = new MilvusClientV2(ConnectConfig.builder().uri(uri).build());
        client.addCollectionField(AddCollectionFieldReq.builder()
            .collectionName("book")
            .fieldName("rating")
            .dataType(DataType.Int64)
            .isNullable(true)                     // rows stored before read null
            .build());
        client.alterCollectionField(AlterCollectionFieldReq.builder()
            .collectionName("book")
            .fieldName("title")
            .property("max_length", "512")
            .build());
        List<DescribeCollectionResp> described = client.batchDescribeCollection(
            BatchDescribeCollectionReq.builder()
                .collectionNames(List.of("book", "film"))
                .build());
        client.truncateCollection(TruncateCollectionReq.builder()
            .collectionName("book")               // every row goes; schema, indexes and load stay
            .build());
        client.close();
        // end::v2[]
        // spotless:on
        return described;
    }

    @Test
    void theV2SnippetAddsAndAltersAFieldDescribesTwoCollectionsAndTruncatesOne(PartitaEndpoints endpoints)
            throws Exception {
        String uri = endpoints.grpcUri().toString();
        MilvusClientV2 setup =
                new MilvusClientV2(ConnectConfig.builder().uri(uri).build());
        try {
            for (String name : List.of("book", "film")) {
                CreateCollectionReq.CollectionSchema schema = setup.createSchema();
                schema.addField(AddFieldReq.builder()
                        .fieldName("id")
                        .dataType(DataType.Int64)
                        .isPrimaryKey(true)
                        .build());
                schema.addField(AddFieldReq.builder()
                        .fieldName("title")
                        .dataType(DataType.VarChar)
                        .maxLength(64)
                        .build());
                schema.addField(AddFieldReq.builder()
                        .fieldName("vector")
                        .dataType(DataType.FloatVector)
                        .dimension(2)
                        .build());
                setup.createCollection(CreateCollectionReq.builder()
                        .collectionName(name)
                        .collectionSchema(schema)
                        .build());
            }
            com.google.gson.JsonObject row = new com.google.gson.JsonObject();
            row.addProperty("id", 1);
            row.addProperty("title", "Dune");
            com.google.gson.JsonArray vector = new com.google.gson.JsonArray();
            vector.add(0.1f);
            vector.add(0.2f);
            row.add("vector", vector);
            setup.insert(io.partita.v2.service.vector.request.InsertReq.builder()
                    .collectionName("book")
                    .data(List.of(row))
                    .build());

            List<DescribeCollectionResp> described = schemaCalls(uri);

            assertThat(described)
                    .extracting(DescribeCollectionResp::getCollectionName)
                    .containsExactly("book", "film");
            CreateCollectionReq.CollectionSchema book = described.get(0).getCollectionSchema();
            assertThat(book.getField("rating").getIsNullable()).isTrue();
            assertThat(book.getField("title").getMaxLength()).isEqualTo(512);
            assertThat(setup.getCollectionStats(GetCollectionStatsReq.builder()
                                    .collectionName("book")
                                    .build())
                            .getNumOfEntities())
                    .isZero();
        } finally {
            setup.close();
        }
    }
}
