package io.partita.server.grpc;

import static io.partita.server.grpc.LiveServer.assertOk;
import static io.partita.server.grpc.WireRequests.kv;
import static org.assertj.core.api.Assertions.assertThat;

import io.partita.server.ReferenceServer;
import io.partita.server.model.Profile;
import io.partita.wire.CreateCollectionRequest;
import io.partita.wire.CreateIndexRequest;
import io.partita.wire.FieldData;
import io.partita.wire.InsertRequest;
import io.partita.wire.LoadCollectionRequest;
import io.partita.wire.SearchResults;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A nullable VARCHAR field as a BM25 function's input (Milvus 2.6; test_full_text_search.py inserts
 * with {@code nullable=True}): accepted, a null text gives an empty sparse row that no text query
 * finds, and a function output field still cannot be nullable.
 */
class NullableBm25InputTest {
    @Test
    void aNullTextIsAnEmptySparseRow(@TempDir Path dir) throws Exception {
        LiveServer s = new LiveServer(ReferenceServer.builder().dataDir(dir).profile(Profile.MILVUS_2_6));
        try {
            io.partita.wire.CollectionSchema.Builder schema =
                    HostileSearchInputTest.textSchema().toBuilder().setName("nullable_text");
            schema.setFields(1, schema.getFields(1).toBuilder().setNullable(true));
            assertOk(s.stub()
                    .createCollection(CreateCollectionRequest.newBuilder()
                            .setCollectionName("nullable_text")
                            .setSchema(schema.build().toByteString())
                            .build()));
            assertOk(s.stub()
                    .createIndex(CreateIndexRequest.newBuilder()
                            .setCollectionName("nullable_text")
                            .setFieldName("sparse")
                            .addExtraParams(kv("index_type", "SPARSE_INVERTED_INDEX"))
                            .addExtraParams(kv("metric_type", "BM25"))
                            .build()));
            FieldData texts = HostileSearchInputTest.texts("the quick fox", "").toBuilder()
                    .addValidData(true)
                    .addValidData(false)
                    .build();
            assertOk(s.stub()
                    .insert(InsertRequest.newBuilder()
                            .setCollectionName("nullable_text")
                            .addFieldsData(WireRequests.ids(1, 2))
                            .addFieldsData(texts)
                            .setNumRows(2)
                            .build())
                    .getStatus());
            assertOk(s.stub()
                    .loadCollection(LoadCollectionRequest.newBuilder()
                            .setCollectionName("nullable_text")
                            .build()));
            s.awaitLoaded("nullable_text");
            SearchResults r = s.stub().search(HostileSearchInputTest.textSearch("nullable_text", "fox"));
            assertOk(r.getStatus());
            assertThat(r.getResults().getIds().getIntId().getDataList()).containsExactly(1L);

            io.partita.wire.CollectionSchema.Builder bad =
                    HostileSearchInputTest.textSchema().toBuilder().setName("nullable_output");
            bad.setFields(2, bad.getFields(2).toBuilder().setNullable(true));
            io.partita.wire.Status refused = s.stub()
                    .createCollection(CreateCollectionRequest.newBuilder()
                            .setCollectionName("nullable_output")
                            .setSchema(bad.build().toByteString())
                            .build());
            assertThat(refused.getCode()).isEqualTo(1100);
            assertThat(refused.getReason()).contains("function output field cannot be nullable");
        } finally {
            s.close();
        }
    }
}
