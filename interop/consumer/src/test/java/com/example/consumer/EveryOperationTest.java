package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.partita.client.MilvusClient;
import io.partita.junit.PartitaEndpoints;
import io.partita.junit.PartitaServer;
import io.partita.model.DataType;
import io.partita.model.LoadState;
import io.partita.param.IndexType;
import io.partita.param.MetricType;
import io.partita.param.alias.CreateAliasParam;
import io.partita.param.alias.DropAliasParam;
import io.partita.param.collection.CreateCollectionParam;
import io.partita.param.collection.DropCollectionParam;
import io.partita.param.collection.FieldType;
import io.partita.param.collection.FlushParam;
import io.partita.param.collection.GetCollectionStatisticsParam;
import io.partita.param.collection.GetLoadStateParam;
import io.partita.param.collection.HasCollectionParam;
import io.partita.param.collection.LoadCollectionParam;
import io.partita.param.collection.ReleaseCollectionParam;
import io.partita.param.collection.ShowCollectionsParam;
import io.partita.param.dml.DeleteParam;
import io.partita.param.dml.InsertParam;
import io.partita.param.dml.QueryParam;
import io.partita.param.dml.SearchParam;
import io.partita.param.index.CreateIndexParam;
import io.partita.param.index.DescribeIndexParam;
import io.partita.param.index.DropIndexParam;
import io.partita.param.partition.CreatePartitionParam;
import io.partita.param.partition.DropPartitionParam;
import io.partita.param.partition.LoadPartitionsParam;
import io.partita.param.partition.ReleasePartitionsParam;
import io.partita.param.partition.ShowPartitionsParam;
import io.partita.response.GetCollStatResponseWrapper;
import io.partita.response.QueryResultsWrapper;
import io.partita.response.SearchResultsWrapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Every operation of the embedded server, from a project whose class path has other versions of the
 * server's libraries ({@link ConflictingLibrariesTest} proves which): the filter expressions go through the
 * server's ANTLR parser, the HTTP API through its Jetty, persistence through its H2 MVStore, every call
 * through its gRPC and protobuf.
 */
@PartitaServer(profile = "milvus-2.3", http = true)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EveryOperationTest {
    private static final String BOOK = "book";
    private static final String NOVEL = "novel";

    @Test
    @Order(1)
    void createsACollectionAPartitionAndAnAlias(MilvusClient client) {
        client.createCollection(CreateCollectionParam.newBuilder()
                        .withCollectionName(BOOK)
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
        client.createPartition(CreatePartitionParam.newBuilder()
                        .withCollectionName(BOOK)
                        .withPartitionName(NOVEL)
                        .build())
                .orThrow();
        client.createAlias(CreateAliasParam.newBuilder()
                        .withCollectionName(BOOK)
                        .withAlias("library")
                        .build())
                .orThrow();

        assertTrue(client.hasCollection(HasCollectionParam.newBuilder()
                        .withCollectionName("library")
                        .build())
                .orThrow());
        assertEquals(
                List.of(BOOK),
                client.showCollections(ShowCollectionsParam.newBuilder().build())
                        .orThrow()
                        .getCollectionNamesList());
        assertTrue(client.showPartitions(ShowPartitionsParam.newBuilder()
                        .withCollectionName(BOOK)
                        .build())
                .orThrow()
                .getPartitionNamesList()
                .contains(NOVEL));
    }

    @Test
    @Order(2)
    void insertsFlushesAndCounts(MilvusClient client) {
        List<Long> ids = new ArrayList<>();
        List<Long> words = new ArrayList<>();
        List<List<Float>> vectors = new ArrayList<>();
        for (long i = 0; i < 100; i++) {
            ids.add(i);
            words.add(1_000 + i);
            vectors.add(List.of((float) i, (float) i));
        }
        long inserted = client.insert(InsertParam.newBuilder()
                        .withCollectionName(BOOK)
                        .withPartitionName(NOVEL)
                        .withFields(List.of(
                                new InsertParam.Field("book_id", ids),
                                new InsertParam.Field("word_count", words),
                                new InsertParam.Field("book_intro", vectors)))
                        .build())
                .orThrow()
                .getInsertCnt();
        client.flush(FlushParam.newBuilder().withCollectionNames(List.of(BOOK)).build())
                .orThrow();

        assertEquals(100, inserted);
        assertEquals(
                100,
                new GetCollStatResponseWrapper(client.getCollectionStatistics(GetCollectionStatisticsParam.newBuilder()
                                        .withCollectionName(BOOK)
                                        .build())
                                .orThrow())
                        .getRowCount());
    }

    @Test
    @Order(3)
    void buildsAnIndexAndLoads(MilvusClient client) {
        client.createIndex(CreateIndexParam.newBuilder()
                        .withCollectionName(BOOK)
                        .withFieldName("book_intro")
                        .withIndexType(IndexType.IVF_FLAT)
                        .withMetricType(MetricType.L2)
                        .withExtraParam("{\"nlist\":16}")
                        .withSyncMode(Boolean.TRUE)
                        .build())
                .orThrow();
        client.loadCollection(LoadCollectionParam.newBuilder()
                        .withCollectionName(BOOK)
                        .withSyncLoad(Boolean.TRUE)
                        .build())
                .orThrow();

        assertEquals(
                1,
                client.describeIndex(DescribeIndexParam.newBuilder()
                                .withCollectionName(BOOK)
                                .withFieldName("book_intro")
                                .build())
                        .orThrow()
                        .getIndexDescriptionsCount());
        assertEquals(
                LoadState.LoadStateLoaded,
                client.getLoadState(GetLoadStateParam.newBuilder()
                                .withCollectionName(BOOK)
                                .build())
                        .orThrow()
                        .getState());
    }

    @Test
    @Order(4)
    void searchesWithAFilterExpression(MilvusClient client) {
        SearchResultsWrapper hits = new SearchResultsWrapper(client.search(SearchParam.newBuilder()
                                .withCollectionName(BOOK)
                                .withMetricType(MetricType.L2)
                                .withVectorFieldName("book_intro")
                                .withTopK(3)
                                .withVectors(List.of(List.of(0f, 0f)))
                                .withExpr("word_count >= 1010 and book_id not in [11, 12]")
                                .withParams("{\"nprobe\":16}")
                                .build())
                        .orThrow()
                        .getResults());

        List<Long> ids = new ArrayList<>();
        hits.getIDScore(0).forEach(hit -> ids.add(hit.getLongID()));
        assertEquals(List.of(10L, 13L, 14L), ids);
    }

    @Test
    @Order(5)
    void queriesAndDeletesByExpression(MilvusClient client) {
        client.delete(DeleteParam.newBuilder()
                        .withCollectionName(BOOK)
                        .withExpr("book_id in [1, 2, 3]")
                        .build())
                .orThrow();
        QueryResultsWrapper rows = new QueryResultsWrapper(client.query(QueryParam.newBuilder()
                        .withCollectionName(BOOK)
                        .withExpr("book_id < 6")
                        .withOutFields(List.of("word_count"))
                        .build())
                .orThrow());

        List<?> words = new ArrayList<>(rows.getFieldWrapper("word_count").getFieldData());
        words.sort(null);
        assertEquals(List.of(1_000L, 1_004L, 1_005L), words);
    }

    @Test
    @Order(6)
    void servesTheHttpApi(PartitaEndpoints endpoints) throws Exception {
        HttpResponse<String> health = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(endpoints.httpUri() + "/healthz"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertEquals(200, health.statusCode());
    }

    @Test
    @Order(7)
    void releasesDropsAndCleansUp(MilvusClient client) {
        client.releasePartitions(ReleasePartitionsParam.newBuilder()
                        .withCollectionName(BOOK)
                        .addPartitionName(NOVEL)
                        .build())
                .orThrow();
        client.loadPartitions(LoadPartitionsParam.newBuilder()
                        .withCollectionName(BOOK)
                        .addPartitionName(NOVEL)
                        .withSyncLoad(Boolean.TRUE)
                        .build())
                .orThrow();
        client.releaseCollection(ReleaseCollectionParam.newBuilder()
                        .withCollectionName(BOOK)
                        .build())
                .orThrow();
        client.dropIndex(DropIndexParam.newBuilder()
                        .withCollectionName(BOOK)
                        .withFieldName("book_intro")
                        .build())
                .orThrow();
        client.dropPartition(DropPartitionParam.newBuilder()
                        .withCollectionName(BOOK)
                        .withPartitionName(NOVEL)
                        .build())
                .orThrow();
        client.dropAlias(DropAliasParam.newBuilder().withAlias("library").build())
                .orThrow();
        client.dropCollection(DropCollectionParam.newBuilder()
                        .withCollectionName(BOOK)
                        .build())
                .orThrow();

        assertFalse(client.hasCollection(HasCollectionParam.newBuilder()
                        .withCollectionName(BOOK)
                        .build())
                .orThrow());
    }
}
