package io.partita.param.collection;

import static io.partita.param.ParamAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.partita.common.clientenum.ConsistencyLevelEnum;
import io.partita.model.DataType;
import io.partita.model.ShowType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CollectionParamsTest {

    /** Params whose only required field is the collection name: builds one from a name. */
    static Stream<Arguments> byName() {
        return Stream.of(
                Arguments.of(
                        "DescribeCollectionParam", (Function<String, Object>) n -> DescribeCollectionParam.newBuilder()
                                .withCollectionName(n)
                                .build()),
                Arguments.of("DropCollectionParam", (Function<String, Object>) n ->
                        DropCollectionParam.newBuilder().withCollectionName(n).build()),
                Arguments.of("HasCollectionParam", (Function<String, Object>) n ->
                        HasCollectionParam.newBuilder().withCollectionName(n).build()),
                Arguments.of(
                        "ReleaseCollectionParam", (Function<String, Object>) n -> ReleaseCollectionParam.newBuilder()
                                .withCollectionName(n)
                                .build()),
                Arguments.of("GetCollectionStatisticsParam", (Function<String, Object>)
                        n -> GetCollectionStatisticsParam.newBuilder()
                                .withCollectionName(n)
                                .build()),
                Arguments.of("LoadCollectionParam", (Function<String, Object>) n ->
                        LoadCollectionParam.newBuilder().withCollectionName(n).build()),
                Arguments.of(
                        "GetLoadingProgressParam", (Function<String, Object>) n -> GetLoadingProgressParam.newBuilder()
                                .withCollectionName(n)
                                .build()),
                Arguments.of("GetLoadStateParam", (Function<String, Object>) n ->
                        GetLoadStateParam.newBuilder().withCollectionName(n).build()));
    }

    @ParameterizedTest(name = "{0} builds with a valid name")
    @MethodSource("byName")
    void buildsWithAValidCollectionName(String type, Function<String, Object> build) {
        assertThat(build.apply("book$1").toString()).contains("book$1");
    }

    @ParameterizedTest(name = "{0} rejects a null name")
    @MethodSource("byName")
    void rejectsANullCollectionName(String type, Function<String, Object> build) {
        assertRejected(() -> build.apply(null), "collectionName must not be null");
    }

    @ParameterizedTest(name = "{0} rejects an invalid name")
    @MethodSource("byName")
    void rejectsAnInvalidCollectionName(String type, Function<String, Object> build) {
        assertRejected(() -> build.apply("1book"), "collectionName", "Invalid collection name: 1book");
        assertRejected(() -> build.apply(""), "collectionName", "should not be empty");
    }

    @Test
    void getCollectionStatisticsFlushesByDefault() {
        GetCollectionStatisticsParam p = GetCollectionStatisticsParam.newBuilder()
                .withCollectionName("c")
                .build();
        assertThat(p.isFlushCollection()).isTrue();
        assertThat(GetCollectionStatisticsParam.newBuilder()
                        .withCollectionName("c")
                        .withFlush(false)
                        .build()
                        .isFlush())
                .isFalse();
        assertRejected(
                () -> GetCollectionStatisticsParam.newBuilder()
                        .withCollectionName("c")
                        .withFlush(null)
                        .build(),
                "flush must not be null");
    }

    @Test
    void loadCollectionHasTheOfficialDefaults() {
        LoadCollectionParam p =
                LoadCollectionParam.newBuilder().withCollectionName("c").build();

        assertThat(p.isSyncLoad()).isTrue();
        assertThat(p.getSyncLoadWaitingInterval()).isEqualTo(500L);
        assertThat(p.getSyncLoadWaitingTimeout()).isEqualTo(60L);
        assertThat(p.getReplicaNumber()).isEqualTo(1);
    }

    @Test
    void loadCollectionRejectsOutOfRangeWaitingAndReplicas() {
        assertRejected(
                () -> LoadCollectionParam.newBuilder()
                        .withCollectionName("c")
                        .withSyncLoadWaitingInterval(2001L)
                        .build(),
                "syncLoadWaitingInterval",
                "2001");
        assertRejected(
                () -> LoadCollectionParam.newBuilder()
                        .withCollectionName("c")
                        .withSyncLoadWaitingInterval(0L)
                        .build(),
                "syncLoadWaitingInterval",
                "got 0");
        assertRejected(
                () -> LoadCollectionParam.newBuilder()
                        .withCollectionName("c")
                        .withSyncLoadWaitingTimeout(301L)
                        .build(),
                "syncLoadWaitingTimeout",
                "301");
        assertRejected(
                () -> LoadCollectionParam.newBuilder()
                        .withCollectionName("c")
                        .withReplicaNumber(0)
                        .build(),
                "replicaNumber",
                "got 0");
        assertRejected(
                () -> LoadCollectionParam.newBuilder()
                        .withCollectionName("c")
                        .withSyncLoad(null)
                        .build(),
                "syncLoad must not be null");
        assertRejected(
                () -> LoadCollectionParam.newBuilder()
                        .withCollectionName("c")
                        .withSyncLoadWaitingTimeout(null)
                        .build(),
                "syncLoadWaitingTimeout must not be null");
    }

    @Test
    void loadStateAndProgressTakeOptionalPartitions() {
        assertThat(GetLoadStateParam.newBuilder()
                        .withCollectionName("c")
                        .addPartitionName("p")
                        .build()
                        .getPartitionNames())
                .containsExactly("p");
        assertThat(GetLoadingProgressParam.newBuilder()
                        .withCollectionName("c")
                        .build()
                        .getPartitionNames())
                .isEmpty();
        assertRejected(
                () -> GetLoadStateParam.newBuilder()
                        .withCollectionName("c")
                        .addPartitionName("-")
                        .build(),
                "partitionNames[0]");
        assertRejected(
                () -> GetLoadingProgressParam.newBuilder()
                        .withCollectionName("c")
                        .withPartitionNames(null)
                        .build(),
                "partitionNames must not be null");
    }

    @Test
    void showCollectionsListsAllByDefaultAndValidatesNames() {
        ShowCollectionsParam p = ShowCollectionsParam.newBuilder().build();
        assertThat(p.getCollectionNames()).isEmpty();
        assertThat(p.getShowType()).isEqualTo(ShowType.All);
        assertThat(ShowCollectionsParam.newBuilder()
                        .addCollectionName("a")
                        .withShowType(ShowType.InMemory)
                        .build()
                        .getCollectionNames())
                .containsExactly("a");
        assertRejected(
                () -> ShowCollectionsParam.newBuilder().addCollectionName("a b").build(), "collectionNames[0]");
        assertRejected(
                () -> ShowCollectionsParam.newBuilder().withShowType(null).build(), "showType must not be null");
    }

    @Test
    void flushNeedsAtLeastOneValidCollectionAndHasSyncDefaults() {
        FlushParam p = FlushParam.newBuilder().addCollectionName("a").build();
        assertThat(p.isSyncFlush()).isTrue();
        assertThat(p.getSyncFlushWaitingInterval()).isEqualTo(500L);
        assertThat(p.getSyncFlushWaitingTimeout()).isEqualTo(60L);
        assertRejected(() -> FlushParam.newBuilder().build(), "collectionNames must not be empty");
        assertRejected(() -> FlushParam.newBuilder().addCollectionName("9").build(), "collectionNames[0]");
        assertRejected(
                () -> FlushParam.newBuilder()
                        .addCollectionName("a")
                        .withSyncFlushWaitingTimeout(0L)
                        .build(),
                "syncFlushWaitingTimeout");
        assertRejected(
                () -> FlushParam.newBuilder()
                        .addCollectionName("a")
                        .withSyncFlushWaitingInterval(5000L)
                        .build(),
                "syncFlushWaitingInterval");
    }

    private static FieldType id() {
        return FieldType.newBuilder()
                .withName("id")
                .withDataType(DataType.Int64)
                .withPrimaryKey(true)
                .build();
    }

    private static FieldType vec() {
        return FieldType.newBuilder()
                .withName("vec")
                .withDataType(DataType.FloatVector)
                .withDimension(8)
                .build();
    }

    @Test
    void fieldTypesBuildForEachKindOfField() {
        assertThat(vec().getDimension()).isEqualTo(8);
        assertThat(vec().isVector()).isTrue();
        assertThat(FieldType.newBuilder()
                        .withName("t")
                        .withDataType(DataType.VarChar)
                        .withMaxLength(64)
                        .withPrimaryKey(true)
                        .build()
                        .getMaxLength())
                .isEqualTo(64);
        assertThat(FieldType.newBuilder()
                        .withName("b")
                        .withDataType(DataType.BinaryVector)
                        .withDimension(16)
                        .build()
                        .getTypeParams())
                .containsEntry("dim", "16");
        assertThat(FieldType.newBuilder()
                        .withName("id")
                        .withDataType(DataType.Int64)
                        .withPrimaryKey(true)
                        .withAutoID(true)
                        .build()
                        .isAutoID())
                .isTrue();
    }

    @Test
    void fieldTypesRejectEachBrokenRule() {
        assertRejected(() -> FieldType.newBuilder().withDataType(DataType.Int64).build(), "name must not be null");
        assertRejected(() -> FieldType.newBuilder().withName("x").build(), "dataType must not be null");
        assertRejected(
                () -> FieldType.newBuilder()
                        .withName("x")
                        .withDataType(DataType.None)
                        .build(),
                "dataType of field x must not be None");
        assertRejected(
                () -> FieldType.newBuilder()
                        .withName("v")
                        .withDataType(DataType.FloatVector)
                        .build(),
                "dimension of FloatVector field v must be set");
        assertRejected(
                () -> FieldType.newBuilder()
                        .withName("v")
                        .withDataType(DataType.FloatVector)
                        .withDimension(0)
                        .build(),
                "dimension of field v",
                "got 0");
        assertRejected(
                () -> FieldType.newBuilder()
                        .withName("v")
                        .withDataType(DataType.FloatVector)
                        .withDimension(40000)
                        .build(),
                "got 40000");
        assertRejected(
                () -> FieldType.newBuilder()
                        .withName("b")
                        .withDataType(DataType.BinaryVector)
                        .withDimension(12)
                        .build(),
                "multiple of 8",
                "12");
        assertRejected(
                () -> FieldType.newBuilder()
                        .withName("s")
                        .withDataType(DataType.VarChar)
                        .build(),
                "maxLength of VarChar field s must be set");
        assertRejected(
                () -> FieldType.newBuilder()
                        .withName("s")
                        .withDataType(DataType.VarChar)
                        .withMaxLength(70000)
                        .build(),
                "maxLength of field s");
        assertRejected(
                () -> FieldType.newBuilder()
                        .withName("v")
                        .withDataType(DataType.FloatVector)
                        .addTypeParam("dim", "x")
                        .build(),
                "dimension of field v must be an integer",
                "\"x\"");
        assertRejected(
                () -> FieldType.newBuilder()
                        .withName("f")
                        .withDataType(DataType.Float)
                        .withPrimaryKey(true)
                        .build(),
                "primary key field f must be Int64 or VarChar",
                "Float");
        assertRejected(
                () -> FieldType.newBuilder()
                        .withName("n")
                        .withDataType(DataType.Int64)
                        .withAutoID(true)
                        .build(),
                "autoID of field n");
        assertRejected(
                () -> FieldType.newBuilder()
                        .withName("v")
                        .withDataType(DataType.FloatVector)
                        .withDimension(null)
                        .build(),
                "dimension must not be null");
    }

    @Test
    void createCollectionHasOfficialDefaultsAndCopiesFields() {
        List<FieldType> fields = new ArrayList<>(List.of(id(), vec()));
        CreateCollectionParam p = CreateCollectionParam.newBuilder()
                .withCollectionName("book")
                .withFieldTypes(fields)
                .build();
        fields.clear();

        assertThat(p.getFieldTypes()).hasSize(2);
        assertThat(p.getShardsNum()).isEqualTo(2);
        assertThat(p.getDescription()).isEmpty();
        assertThat(p.getConsistencyLevel()).isEqualTo(ConsistencyLevelEnum.BOUNDED);
    }

    @Test
    void createCollectionRejectsEachBrokenSchemaRule() {
        assertRejected(
                () -> CreateCollectionParam.newBuilder().withCollectionName("b").build(),
                "fieldTypes must not be empty");
        assertRejected(
                () -> CreateCollectionParam.newBuilder()
                        .withCollectionName("b")
                        .withFieldTypes(null)
                        .build(),
                "fieldTypes must not be null");
        assertRejected(
                () -> CreateCollectionParam.newBuilder()
                        .withCollectionName("b")
                        .addFieldType(vec())
                        .build(),
                "exactly one primary key",
                "got 0");
        assertRejected(
                () -> CreateCollectionParam.newBuilder()
                        .withCollectionName("b")
                        .addFieldType(id())
                        .build(),
                "vector field");
        assertRejected(
                () -> CreateCollectionParam.newBuilder()
                        .withCollectionName("b")
                        .addFieldType(id())
                        .addFieldType(vec())
                        .addFieldType(vec())
                        .build(),
                "unique names",
                "vec");
        assertRejected(
                () -> CreateCollectionParam.newBuilder()
                        .withCollectionName("b")
                        .addFieldType(id())
                        .addFieldType(vec())
                        .withShardsNum(0)
                        .build(),
                "shardsNum",
                "got 0");
        assertRejected(
                () -> CreateCollectionParam.newBuilder()
                        .withCollectionName("b b")
                        .addFieldType(id())
                        .addFieldType(vec())
                        .build(),
                "Invalid collection name: b b");
        assertRejected(
                () -> CreateCollectionParam.newBuilder()
                        .withCollectionName("b")
                        .addFieldType(id())
                        .addFieldType(vec())
                        .withConsistencyLevel(null)
                        .build(),
                "consistencyLevel must not be null");
        assertRejected(
                () -> CreateCollectionParam.newBuilder()
                        .withCollectionName("b")
                        .addFieldType(null)
                        .build(),
                "fieldTypes[0] must not be null");
    }
}
