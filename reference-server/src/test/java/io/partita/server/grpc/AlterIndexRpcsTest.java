package io.partita.server.grpc;

import static io.partita.server.grpc.LiveServer.assertOk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.Status.Code;
import io.grpc.StatusRuntimeException;
import io.partita.server.ReferenceServer;
import io.partita.server.model.Profile;
import io.partita.wire.AlterIndexRequest;
import io.partita.wire.CreateIndexRequest;
import io.partita.wire.DescribeIndexRequest;
import io.partita.wire.KeyValuePair;
import io.partita.wire.LoadCollectionRequest;
import io.partita.wire.Status;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * AlterIndex (profile milvus-2.6, docs/profiles.md row 56): the alterable keys are set and shown
 * by DescribeIndex, {@code delete_keys} removes them, a restart keeps them; Milvus's refusals with
 * its codes and texts; the 2.3 profile does not serve it.
 */
class AlterIndexRpcsTest {
    private static final String C = "shelf";

    @TempDir
    Path dir;

    private static Status alter(LiveServer s, String index, Map<String, String> set, String... delete) {
        AlterIndexRequest.Builder b =
                AlterIndexRequest.newBuilder().setCollectionName(C).setIndexName(index);
        set.forEach((k, v) -> b.addExtraParams(WireRequests.kv(k, v)));
        for (String d : delete) {
            b.addDeleteKeys(d);
        }
        return s.stub().alterIndex(b.build());
    }

    private static Map<String, String> params(LiveServer s) {
        return s
                .stub()
                .describeIndex(
                        DescribeIndexRequest.newBuilder().setCollectionName(C).build())
                .getIndexDescriptions(0)
                .getParamsList()
                .stream()
                .collect(Collectors.toMap(KeyValuePair::getKey, KeyValuePair::getValue));
    }

    @Test
    void alterableKeysAreSetShownDroppedAndKeptWithMilvussRefusals() throws Exception {
        LiveServer s = new LiveServer(ReferenceServer.builder().dataDir(dir).profile(Profile.MILVUS_2_6));
        try {
            s.createCollection(C);
            assertOk(s.stub()
                    .createIndex(CreateIndexRequest.newBuilder()
                            .setCollectionName(C)
                            .setFieldName("vec")
                            .setIndexName("idx")
                            .addExtraParams(WireRequests.kv("index_type", "HNSW"))
                            .addExtraParams(WireRequests.kv("metric_type", "L2"))
                            .addExtraParams(WireRequests.kv("params", "{\"M\": 8, \"efConstruction\": 64}"))
                            .build()));

            assertOk(alter(s, "idx", Map.of("mmap.enabled", "true", "warmup", "sync")));
            assertThat(params(s))
                    .containsEntry("mmap.enabled", "true")
                    .containsEntry("warmup", "sync")
                    .containsEntry("index_type", "HNSW");
            assertOk(alter(s, "idx", Map.of(), "warmup"));
            assertThat(params(s)).containsEntry("mmap.enabled", "true").doesNotContainKey("warmup");

            Status unknown = alter(s, "idx", Map.of("M", "16"));
            assertThat(unknown.getCode()).isEqualTo(1100);
            assertThat(unknown.getReason()).isEqualTo("M is not configable index param: invalid parameter");
            Status unknownDelete = alter(s, "idx", Map.of(), "index_type");
            assertThat(unknownDelete.getReason())
                    .isEqualTo("index_type is not configable index param: invalid parameter");
            Status noName = alter(s, "", Map.of("mmap.enabled", "true"));
            assertThat(noName.getCode()).isEqualTo(1100);
            assertThat(noName.getReason()).isEqualTo("index name is empty: invalid parameter");
            Status missing = alter(s, "nope", Map.of("mmap.enabled", "true"));
            assertThat(missing.getCode()).isEqualTo(65535);
            assertThat(missing.getReason()).isEqualTo("index not found[indexName=nope]");
            Status badValue = alter(s, "idx", Map.of("mmap.enabled", "yes"));
            assertThat(badValue.getCode()).isEqualTo(65535);
            assertThat(badValue.getReason()).isEqualTo("invalid mmap.enabled value: yes");

            assertOk(s.stub()
                    .loadCollection(LoadCollectionRequest.newBuilder()
                            .setCollectionName(C)
                            .build()));
            Status loaded = alter(s, "idx", Map.of("mmap.enabled", "false"));
            assertThat(loaded.getCode()).isEqualTo(104);
            assertThat(loaded.getReason())
                    .isEqualTo("can't alter index on loaded collection, please release the collection first:"
                            + " collection already loaded[collection=" + C + "]");
        } finally {
            s.close();
        }
        // the catalog keeps them across a restart
        LiveServer again = new LiveServer(ReferenceServer.builder().dataDir(dir).profile(Profile.MILVUS_2_6));
        try {
            assertThat(params(again)).containsEntry("mmap.enabled", "true");
        } finally {
            again.close();
        }
    }

    @Test
    void theMilvus23ProfileDoesNotServeIt(@TempDir Path other) throws Exception {
        LiveServer s = new LiveServer(ReferenceServer.builder().dataDir(other).profile(Profile.MILVUS_2_3));
        try {
            assertThatThrownBy(() -> s.stub().alterIndex(AlterIndexRequest.getDefaultInstance()))
                    .isInstanceOfSatisfying(
                            StatusRuntimeException.class,
                            e -> assertThat(e.getStatus().getCode()).isEqualTo(Code.UNIMPLEMENTED));
        } finally {
            s.close();
        }
    }
}
