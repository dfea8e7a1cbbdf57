package io.partita.server.grpc;

import static io.partita.server.grpc.LiveServer.assertOk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.StatusRuntimeException;
import io.partita.server.ReferenceServer;
import io.partita.server.model.Profile;
import io.partita.wire.AddCollectionFieldRequest;
import io.partita.wire.AlterCollectionFieldRequest;
import io.partita.wire.BatchDescribeCollectionRequest;
import io.partita.wire.BatchDescribeCollectionResponse;
import io.partita.wire.DataType;
import io.partita.wire.DescribeCollectionRequest;
import io.partita.wire.FieldSchema;
import io.partita.wire.KeyValuePair;
import io.partita.wire.LoadCollectionRequest;
import io.partita.wire.Status;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * AlterCollectionField and BatchDescribeCollection (milvus-2.6) through the gRPC port: a VarChar
 * field's max_length changes durably and DescribeCollection shows it; Milvus's refusals with their
 * codes; the older profiles answer UNIMPLEMENTED.
 */
class AlterCollectionFieldTest {
    @TempDir
    Path dir;

    private LiveServer start(Profile p) throws Exception {
        return new LiveServer(ReferenceServer.builder().dataDir(dir).profile(p));
    }

    private static void addTitle(LiveServer s) {
        assertOk(s.stub()
                .addCollectionField(AddCollectionFieldRequest.newBuilder()
                        .setCollectionName("book")
                        .setSchema(FieldSchema.newBuilder()
                                .setName("title")
                                .setDataType(DataType.VarChar)
                                .setNullable(true)
                                .addTypeParams(KeyValuePair.newBuilder()
                                        .setKey("max_length")
                                        .setValue("8"))
                                .build()
                                .toByteString())
                        .build()));
    }

    private static Status alter(LiveServer s, String field, String key, String value) {
        return s.stub()
                .alterCollectionField(AlterCollectionFieldRequest.newBuilder()
                        .setCollectionName("book")
                        .setFieldName(field)
                        .addProperties(KeyValuePair.newBuilder().setKey(key).setValue(value))
                        .build());
    }

    private static Map<String, String> params(LiveServer s, String field) {
        return s
                .stub()
                .describeCollection(DescribeCollectionRequest.newBuilder()
                        .setCollectionName("book")
                        .build())
                .getSchema()
                .getFieldsList()
                .stream()
                .filter(f -> f.getName().equals(field))
                .findFirst()
                .orElseThrow()
                .getTypeParamsList()
                .stream()
                .collect(Collectors.toMap(KeyValuePair::getKey, KeyValuePair::getValue));
    }

    @Test
    void aVarCharFieldsMaxLengthChangesDurablyAndDescribeShowsIt() throws Exception {
        try (LiveServer s = start(Profile.MILVUS_2_6)) {
            s.createCollection("book");
            addTitle(s);
            assertOk(alter(s, "title", "max_length", "64"));
            assertOk(alter(s, "title", "mmap_enabled", "true")); // Milvus's spelling, stored as mmap.enabled
            assertThat(params(s, "title")).containsEntry("max_length", "64").containsEntry("mmap.enabled", "true");
            assertOk(s.stub()
                    .alterCollectionField(AlterCollectionFieldRequest.newBuilder()
                            .setCollectionName("book")
                            .setFieldName("title")
                            .addDeleteKeys("mmap.enabled")
                            .build()));
        }
        try (LiveServer s = start(Profile.MILVUS_2_6)) {
            assertThat(params(s, "title")).containsEntry("max_length", "64").doesNotContainKey("mmap.enabled");
        }
    }

    @Test
    void milvusRefusalsCarryItsCodesAndTexts() throws Exception {
        try (LiveServer s = start(Profile.MILVUS_2_6)) {
            s.createCollection("book");
            addTitle(s);
            Status notString = alter(s, "id", "max_length", "64");
            assertThat(notString.getCode()).isEqualTo(1100);
            assertThat(notString.getReason()).contains("can not modify the maxlength for non-string types");
            Status notAlterable = alter(s, "title", "dim", "8");
            assertThat(notAlterable.getCode()).isEqualTo(1100);
            assertThat(notAlterable.getReason()).contains("dim does not allow update in collection field param");
            Status tooLong = alter(s, "title", "max_length", "70000");
            assertThat(tooLong.getCode()).isEqualTo(1100);
            assertThat(tooLong.getReason()).contains("70000 exceeds the maximum allowed value 65535");
            Status missing = alter(s, "nope", "mmap.enabled", "true");
            assertThat(missing.getCode()).isEqualTo(1100);
            assertThat(missing.getReason()).contains("field nope does not exist in collection");
            Status notDroppable = s.stub()
                    .alterCollectionField(AlterCollectionFieldRequest.newBuilder()
                            .setCollectionName("book")
                            .setFieldName("title")
                            .addDeleteKeys("max_length")
                            .build());
            assertThat(notDroppable.getCode()).isEqualTo(1100);
            assertThat(notDroppable.getReason())
                    .contains("max_length is not allowed to drop in collection field param");

            assertOk(s.stub()
                    .loadCollection(LoadCollectionRequest.newBuilder()
                            .setCollectionName("book")
                            .build()));
            s.awaitLoaded("book");
            Status loaded = alter(s, "title", "mmap.enabled", "true");
            assertThat(loaded.getCode()).isEqualTo(104);
            assertThat(loaded.getReason()).contains("can not alter collection field properties if collection loaded");
            assertThat(params(s, "title")).containsEntry("max_length", "8").doesNotContainKey("mmap.enabled");
        }
    }

    @Test
    void batchDescribeAnswersEachCollectionInOrderAndAMissingOneWithItsOwnStatus() throws Exception {
        try (LiveServer s = start(Profile.MILVUS_2_6)) {
            s.createCollection("book");
            s.createCollection("film");
            BatchDescribeCollectionResponse r = s.stub()
                    .batchDescribeCollection(BatchDescribeCollectionRequest.newBuilder()
                            .addCollectionName("film")
                            .addCollectionName("none")
                            .addCollectionName("book")
                            .build());
            assertOk(r.getStatus());
            assertThat(r.getResponsesList()).hasSize(3);
            assertThat(r.getResponses(0).getCollectionName()).isEqualTo("film");
            assertThat(r.getResponses(0).getSchema().getFieldsCount()).isEqualTo(2);
            assertThat(r.getResponses(1).getStatus().getCode()).isEqualTo(100); // collection not found
            assertThat(r.getResponses(2).getCollectionName()).isEqualTo("book");
        }
    }

    @Test
    void profilesBeforeMilvus26AnswerUnimplemented() throws Exception {
        try (LiveServer s = start(Profile.MILVUS_2_3)) {
            s.createCollection("book");
            assertThatThrownBy(() -> alter(s, "id", "max_length", "8"))
                    .isInstanceOfSatisfying(
                            StatusRuntimeException.class,
                            e -> assertThat(e.getStatus().getCode()).isEqualTo(io.grpc.Status.Code.UNIMPLEMENTED));
            assertThatThrownBy(() -> s.stub()
                            .batchDescribeCollection(BatchDescribeCollectionRequest.newBuilder()
                                    .addCollectionName("book")
                                    .build()))
                    .isInstanceOf(StatusRuntimeException.class);
        }
    }
}
