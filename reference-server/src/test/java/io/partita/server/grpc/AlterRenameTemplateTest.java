package io.partita.server.grpc;

import static io.partita.server.grpc.LiveServer.assertOk;
import static io.partita.server.grpc.WireRequests.kv;
import static org.assertj.core.api.Assertions.assertThat;

import io.partita.server.ReferenceServer;
import io.partita.server.model.Profile;
import io.partita.wire.AlterCollectionRequest;
import io.partita.wire.CreateAliasRequest;
import io.partita.wire.DeleteRequest;
import io.partita.wire.DescribeCollectionRequest;
import io.partita.wire.DescribeCollectionResponse;
import io.partita.wire.KeyValuePair;
import io.partita.wire.LoadCollectionRequest;
import io.partita.wire.LongArray;
import io.partita.wire.QueryRequest;
import io.partita.wire.QueryResults;
import io.partita.wire.RenameCollectionRequest;
import io.partita.wire.Status;
import io.partita.wire.StringArray;
import io.partita.wire.TemplateArrayValue;
import io.partita.wire.TemplateValue;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * AlterCollection, RenameCollection and expression templates through the gRPC port (profile
 * milvus-2.6), with Milvus's refusals; properties and the new name survive a restart.
 */
class AlterRenameTemplateTest {
    @TempDir
    Path dir;

    private LiveServer start() throws Exception {
        return new LiveServer(ReferenceServer.builder().dataDir(dir).profile(Profile.MILVUS_2_6));
    }

    private static Map<String, String> properties(LiveServer s, String c) {
        DescribeCollectionResponse d = s.stub()
                .describeCollection(DescribeCollectionRequest.newBuilder()
                        .setCollectionName(c)
                        .build());
        assertOk(d.getStatus());
        return d.getPropertiesList().stream().collect(Collectors.toMap(KeyValuePair::getKey, KeyValuePair::getValue));
    }

    private static Status alter(LiveServer s, String c, KeyValuePair... props) {
        return s.stub()
                .alterCollection(AlterCollectionRequest.newBuilder()
                        .setCollectionName(c)
                        .addAllProperties(java.util.List.of(props))
                        .build());
    }

    private static Status rename(LiveServer s, String from, String to) {
        return s.stub()
                .renameCollection(RenameCollectionRequest.newBuilder()
                        .setOldName(from)
                        .setNewName(to)
                        .build());
    }

    @Test
    void propertiesAreStoredDescribedDeletedAndKeptAcrossARestart() throws Exception {
        try (LiveServer s = start()) {
            s.createCollection("book");
            assertThat(properties(s, "book")).isEmpty();
            assertOk(alter(s, "book", kv("collection.ttl.seconds", "3600"), kv("mmap.enabled", "true")));
            assertOk(alter(s, "book", kv("partitionkey.isolation", "false")));
            assertThat(properties(s, "book"))
                    .containsExactlyInAnyOrderEntriesOf(Map.of(
                            "collection.ttl.seconds",
                            "3600",
                            "mmap.enabled",
                            "true",
                            "partitionkey.isolation",
                            "false"));
            assertOk(s.stub()
                    .alterCollection(AlterCollectionRequest.newBuilder()
                            .setCollectionName("book")
                            .addDeleteKeys("partitionkey.isolation")
                            .build()));

            Status badTtl = alter(s, "book", kv("collection.ttl.seconds", "-1"));
            assertThat(badTtl.getCode()).isEqualTo(1100);
            assertThat(badTtl.getReason()).contains("collection.ttl.seconds", "-1");
            Status missing = alter(s, "nobook", kv("collection.ttl.seconds", "1"));
            assertThat(missing.getCode()).isEqualTo(100);

            assertOk(s.stub()
                    .loadCollection(LoadCollectionRequest.newBuilder()
                            .setCollectionName("book")
                            .build()));
            s.awaitLoaded("book");
            Status loaded = alter(s, "book", kv("mmap.enabled", "false"));
            assertThat(loaded.getCode()).isEqualTo(104);
            assertThat(loaded.getReason()).startsWith("can not alter mmap properties if collection loaded");
            assertOk(alter(s, "book", kv("collection.ttl.seconds", "60"))); // other keys may change while loaded
        }
        try (LiveServer s = start()) {
            assertThat(properties(s, "book"))
                    .containsExactlyInAnyOrderEntriesOf(Map.of("collection.ttl.seconds", "60", "mmap.enabled", "true"));
        }
    }

    @Test
    void aRenamedCollectionKeepsItsRowsAndAliasesAndTheOldNameIsGone() throws Exception {
        try (LiveServer s = start()) {
            s.createCollection("old_name");
            s.createCollection("taken");
            assertOk(s.insert("old_name", "", 1, 2, 3).getStatus());
            assertOk(s.stub()
                    .createAlias(CreateAliasRequest.newBuilder()
                            .setCollectionName("old_name")
                            .setAlias("nick")
                            .build()));

            Status dup = rename(s, "old_name", "taken");
            assertThat(dup.getCode()).isEqualTo(65535);
            assertThat(dup.getReason())
                    .isEqualTo("duplicated new collection name default:taken with other collection name or alias");
            assertThat(rename(s, "old_name", "nick").getReason())
                    .isEqualTo("duplicated new collection name default:nick with other collection name or alias");
            assertThat(rename(s, "nick", "fresh").getReason())
                    .isEqualTo("unsupported use an alias to rename collection, alias:nick");
            Status badName = rename(s, "old_name", "12-s");
            assertThat(badName.getCode()).isEqualTo(1100);
            assertThat(badName.getReason()).contains("Invalid collection name: 12-s");

            assertOk(rename(s, "old_name", "new_name"));
            assertThat(s.stub()
                            .describeCollection(DescribeCollectionRequest.newBuilder()
                                    .setCollectionName("old_name")
                                    .build())
                            .getStatus()
                            .getCode())
                    .isEqualTo(100);
            DescribeCollectionResponse d = s.stub()
                    .describeCollection(DescribeCollectionRequest.newBuilder()
                            .setCollectionName("nick")
                            .build());
            assertThat(d.getCollectionName()).isEqualTo("new_name");
            assertThat(d.getAliasesList()).containsExactly("nick");
        }
        try (LiveServer s = start()) {
            assertOk(s.stub()
                    .loadCollection(LoadCollectionRequest.newBuilder()
                            .setCollectionName("new_name")
                            .build()));
            s.awaitLoaded("new_name");
            assertThat(LiveServer.ids(s.query("nick", "id > 0"))).containsExactlyInAnyOrder(1L, 2L, 3L);
        }
    }

    private static TemplateValue longs(long... values) {
        LongArray.Builder a = LongArray.newBuilder();
        for (long v : values) {
            a.addData(v);
        }
        return TemplateValue.newBuilder()
                .setArrayVal(TemplateArrayValue.newBuilder().setLongData(a))
                .build();
    }

    private static QueryResults query(LiveServer s, String expr, Map<String, TemplateValue> values) {
        return s.stub()
                .query(QueryRequest.newBuilder()
                        .setCollectionName("t")
                        .setExpr(expr)
                        .addOutputFields("id")
                        .putAllExprTemplateValues(values)
                        .build());
    }

    @Test
    void templatePlaceholdersAreBoundInQueryAndDeleteWithMilvussErrors() throws Exception {
        try (LiveServer s = start()) {
            s.createCollection("t");
            assertOk(s.insert("t", "", 1, 2, 3, 4, 5, 6).getStatus());
            assertOk(s.stub()
                    .loadCollection(LoadCollectionRequest.newBuilder()
                            .setCollectionName("t")
                            .build()));
            s.awaitLoaded("t");

            TemplateValue three = TemplateValue.newBuilder().setInt64Val(3).build();
            assertThat(LiveServer.ids(
                            query(s, "id > {low} and id not in {skip}", Map.of("low", three, "skip", longs(5)))))
                    .containsExactlyInAnyOrder(4L, 6L);
            TemplateValue half = TemplateValue.newBuilder().setFloatVal(1.5).build();
            assertThat(LiveServer.ids(query(s, "id < {x}", Map.of("x", half)))).containsExactly(1L);
            // a string value is quoted, never spliced: this compares id with a string and is refused
            TemplateValue text =
                    TemplateValue.newBuilder().setStringVal("1 or id > 0").build();
            assertThat(query(s, "id == {x}", Map.of("x", text)).getStatus().getCode())
                    .isEqualTo(1100);

            Status notFound =
                    query(s, "id in {value_0}", Map.of("value_1", longs(0, 1))).getStatus();
            assertThat(notFound.getCode()).isEqualTo(1100);
            assertThat(notFound.getReason())
                    .contains("the value of expression template variable name {value_0} is not found");
            Status notArray =
                    query(s, "id in {value_0}", Map.of("value_0", three)).getStatus();
            assertThat(notArray.getReason())
                    .contains("the value of term expression template variable {value_0} is not array");
            TemplateValue strings = TemplateValue.newBuilder()
                    .setArrayVal(TemplateArrayValue.newBuilder()
                            .setStringData(StringArray.newBuilder().addData("a")))
                    .build();
            assertThat(query(s, "id in {v}", Map.of("v", strings)).getStatus().getCode())
                    .isEqualTo(1100);

            var deleted = s.stub()
                    .delete(DeleteRequest.newBuilder()
                            .setCollectionName("t")
                            .setExpr("id in {gone}")
                            .putExprTemplateValues("gone", longs(1, 2))
                            .build());
            assertOk(deleted.getStatus());
            assertThat(LiveServer.ids(s.query("t", "id > 0"))).containsExactlyInAnyOrder(3L, 4L, 5L, 6L);
        }
    }
}
