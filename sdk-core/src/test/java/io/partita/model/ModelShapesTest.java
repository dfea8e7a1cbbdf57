package io.partita.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumDescriptor;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import java.io.File;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Checks every hand-written class of {@code io.partita.model} against the generated protocol class of
 * the same simple name in {@code io.partita.wire} (built from the pinned official Milvus protos), so
 * the mirror cannot drift from the protocol unnoticed.
 *
 * <ul>
 *   <li>Messages: every protocol field has a model getter of the generated accessor's name
 *       ({@code getX()}, or {@code getXList()} for a repeated field) whose type corresponds (scalars
 *       identical, enums and messages the model type of the same simple name, repeated fields a
 *       {@code List} of the boxed or model element type); every public getter of the model
 *       ({@code getX/getXList/getXCount/getXValue/hasX}) names a protocol field.
 *   <li>Enums: every model constant has the protocol constant of the same name and number.
 * </ul>
 *
 * Differences that are deliberate are listed in {@link #ALLOWED}, each with its reason; an entry
 * that no longer matches a difference fails the test too, so the list cannot go stale.
 */
class ModelShapesTest {
    private static final String WIRE = "io.partita.wire.";

    /** "Class.member" → why the model differs from the protocol there. */
    private static final Map<String, String> ALLOWED = new HashMap<>();

    static {
        allow(
                "protocol fields and constants the Milvus 2.1 protocol lacks (pinned wire classes are newer:"
                        + " dynamic fields, partition/clustering keys, nullable and default values, functions,"
                        + " databases, resource groups, privilege groups, new data types); this SDK mirrors the"
                        + " 2.1 API, and adds them with the calls that need them",
                "CollectionSchema.dbName",
                "CollectionSchema.enable_namespace",
                "CollectionSchema.properties",
                "CollectionSchema.version",
                "DataType.ArrayOfVector",
                "DataType.Geometry",
                "DataType.Struct",
                "DataType.Text",
                "DataType.Timestamptz",
                "DescribeCollectionResponse.db_id",
                "DescribeCollectionResponse.db_name",
                "DescribeCollectionResponse.num_partitions",
                "DescribeCollectionResponse.request_time",
                "DescribeCollectionResponse.update_timestamp",
                "DescribeCollectionResponse.update_timestamp_str",
                "ErrorCode.CreatePrivilegeGroupFailure",
                "ErrorCode.DropPrivilegeGroupFailure",
                "ErrorCode.ListPrivilegeGroupsFailure",
                "ErrorCode.OperatePrivilegeGroupFailure",
                "ErrorCode.SchemaMismatch",
                "FieldData.is_dynamic",
                "FieldData.struct_arrays",
                "FieldData.valid_data",
                "FieldSchema.default_value",
                "FieldSchema.is_clustering_key",
                "FieldSchema.is_function_output",
                "FieldSchema.state",
                "FlushResponse.channel_cps",
                "FlushResponse.coll_flush_ts",
                "FlushResponse.coll_seal_times",
                "FlushResponse.flush_coll_segIDs",
                "IndexDescription.max_index_version",
                "IndexDescription.min_index_version",
                "IndexDescription.pending_index_rows",
                "ManualCompactionResponse.compactionPlanCount",
                "PersistentSegmentInfo.is_sorted",
                "PersistentSegmentInfo.level",
                "PersistentSegmentInfo.storage_version",
                "QueryResults.primary_field_name",
                "QuerySegmentInfo.is_sorted",
                "QuerySegmentInfo.level",
                "QuerySegmentInfo.storage_version",
                "ReplicaInfo.num_outbound_node",
                "SearchResultData.all_search_count",
                "SearchResultData.distances",
                "SearchResultData.element_indices",
                "SearchResultData.group_by_field_value",
                "SearchResultData.recalls",
                "ShowCollectionsResponse.shards_num");
        allow(
                "FieldData is reshaped for users (SEAM.md, value shapes): one typed List<Object> of row values"
                        + " plus the vector dimension, instead of the scalars/vectors oneof of column arrays",
                "FieldData.scalars",
                "FieldData.vectors",
                "FieldData.getValues",
                "FieldData.getDim",
                "FieldData.getRowCount",
                "FieldData.getStructFieldsList");
        allow(
                "a struct array field's sub-fields each carry the struct's max_capacity on the wire; the"
                        + " value holds it once (the transports add and lift it), and the struct's own type_params"
                        + " are not sent by any client",
                "StructArrayFieldSchema.getMaxCapacity",
                "StructArrayFieldSchema.type_params");
        allow(
                "message-queue start positions are Milvus-internal bookkeeping (byte payloads); no client call"
                        + " reads them",
                "DescribeCollectionResponse.start_positions");
        allow(
                "in the 2.1 protocol but not mirrored: no client call reads it (loading is reported through"
                        + " inMemory_percentages); add it with a getter when a call needs it",
                "ShowCollectionsResponse.query_service_available");
        allow(
                "field ids are assigned by the server and resolved by name; no client call reads them",
                "FunctionSchema.id",
                "FunctionSchema.input_field_ids",
                "FunctionSchema.output_field_ids");
        allow(
                "FlushAll's per-target results and 2.6's streaming-node messages are not read by the official"
                        + " 2.6 client (it reads flush_all_ts and flushed); add them with a call that needs them",
                "FlushAllResponse.flush_results",
                "FlushAllResponse.flush_all_msgs",
                "FlushAllResponse.cluster_info",
                "GetFlushAllStateResponse.flush_states");
        allow(
                "Status implements HasStatus, so every answer, Status included, yields its status the same way",
                "Status.getStatus");
    }

    private static void allow(String reason, String... keys) {
        for (String key : keys) {
            ALLOWED.put(key, reason);
        }
    }

    @Test
    void everyModelClassMirrorsItsProtocolNamesake() throws Exception {
        List<String> problems = new ArrayList<>();
        Set<String> used = new TreeSet<>();
        for (Class<?> model : modelClasses()) {
            Class<?> wire = Class.forName(WIRE + model.getSimpleName());
            if (model.isEnum()) {
                checkEnum(model, wire, problems, used);
            } else {
                checkMessage(model, wire, problems, used);
            }
        }
        Set<String> stale = new TreeSet<>(ALLOWED.keySet());
        stale.removeAll(used);
        assertThat(problems).as("model classes that drifted from the protocol").isEmpty();
        assertThat(stale)
                .as("allow-list entries that no longer match a difference")
                .isEmpty();
    }

    /** A model class that drifted: a field with the wrong type, a field missing, a getter too many. */
    static final class KeyValuePair {
        public int getKey() {
            return 0;
        }

        public String getComment() {
            return "";
        }
    }

    @Test
    void theCheckReportsAWrongTypeAMissingFieldAndAnExtraGetter() throws Exception {
        List<String> problems = new ArrayList<>();
        checkMessage(KeyValuePair.class, io.partita.wire.KeyValuePair.class, problems, new HashSet<>());

        assertThat(problems)
                .containsExactlyInAnyOrder(
                        "KeyValuePair.key: getKey() returns Integer, protocol String",
                        "KeyValuePair.value: no getter getValue() for field value",
                        "KeyValuePair.getComment: getter getComment() names no protocol field");
    }

    @Test
    void theCheckReportsAnEnumConstantWithAnotherNumber() throws Exception {
        List<String> problems = new ArrayList<>();
        checkEnum(ShowType.class, io.partita.wire.ConsistencyLevel.class, problems, new HashSet<>());

        assertThat(problems).isNotEmpty().allMatch(p -> p.startsWith("ShowType."));
    }

    @Test
    void theCheckSeesEveryModelClass() throws Exception {
        assertThat(modelClasses()).hasSizeGreaterThan(40).contains(SearchResultData.class, ErrorCode.class);
    }

    private static void checkEnum(Class<?> model, Class<?> wire, List<String> problems, Set<String> used)
            throws Exception {
        EnumDescriptor d = (EnumDescriptor) wire.getMethod("getDescriptor").invoke(null);
        Map<String, Integer> wireValues = new HashMap<>();
        for (EnumValueDescriptor v : d.getValues()) {
            wireValues.put(v.getName(), v.getNumber());
        }
        Method number = model.getMethod("getNumber");
        Set<String> mirrored = new HashSet<>();
        for (Object constant : model.getEnumConstants()) {
            String name = ((Enum<?>) constant).name();
            mirrored.add(name);
            Integer n = wireValues.get(name);
            if (n == null || n != (int) number.invoke(constant)) {
                report(
                        model,
                        name,
                        "constant " + name + "=" + number.invoke(constant) + ", protocol " + n,
                        problems,
                        used);
            }
        }
        for (String name : wireValues.keySet()) {
            if (!mirrored.contains(name)) {
                report(model, name, "protocol constant " + name + " not mirrored", problems, used);
            }
        }
    }

    private static void checkMessage(Class<?> model, Class<?> wire, List<String> problems, Set<String> used)
            throws Exception {
        Descriptor d = (Descriptor) wire.getMethod("getDescriptor").invoke(null);
        Set<String> fieldAccessors = new HashSet<>();
        for (FieldDescriptor f : d.getFields()) {
            String base = capitalized(f.getJsonName());
            fieldAccessors.addAll(List.of(
                    "get" + base,
                    "get" + base + "List",
                    "get" + base + "Count",
                    "get" + base + "Value",
                    "get" + base + "Map",
                    "has" + base));
            String accessor = "get" + base + (f.isMapField() ? "Map" : f.isRepeated() ? "List" : "");
            Method m = publicNoArg(model, accessor);
            if (m == null) {
                report(model, f.getName(), "no getter " + accessor + "() for field " + f.getName(), problems, used);
                continue;
            }
            String expected = f.isMapField() ? "Map" : f.isRepeated() ? "List<" + element(f) + ">" : element(f);
            String actual = describe(m.getGenericReturnType());
            if (!expected.equals(actual) && !(f.isRepeated() ? false : expected.equals(boxed(actual)))) {
                report(
                        model,
                        f.getName(),
                        accessor + "() returns " + actual + ", protocol " + expected,
                        problems,
                        used);
            }
        }
        for (Method m : model.getMethods()) {
            String name = m.getName();
            boolean getter = name.matches("(get|has)[A-Z].*") && m.getParameterCount() == 0;
            if (getter
                    && !Modifier.isStatic(m.getModifiers())
                    && m.getDeclaringClass() == model
                    && !fieldAccessors.contains(name)) {
                report(model, name, "getter " + name + "() names no protocol field", problems, used);
            }
        }
    }

    private static void report(Class<?> model, String member, String what, List<String> problems, Set<String> used) {
        String key = model.getSimpleName() + "." + member;
        if (ALLOWED.containsKey(key)) {
            used.add(key);
        } else {
            problems.add(key + ": " + what);
        }
    }

    /** The model type name a protocol field's single value corresponds to. */
    private static String element(FieldDescriptor f) {
        switch (f.getJavaType()) {
            case INT:
                return "Integer";
            case LONG:
                return "Long";
            case FLOAT:
                return "Float";
            case DOUBLE:
                return "Double";
            case BOOLEAN:
                return "Boolean";
            case STRING:
                return "String";
            case BYTE_STRING:
                return "ByteString";
            case ENUM:
                return f.getEnumType().getName();
            default:
                return f.getMessageType().getName();
        }
    }

    private static String describe(Type t) {
        if (t instanceof ParameterizedType) {
            ParameterizedType p = (ParameterizedType) t;
            String raw = ((Class<?>) p.getRawType()).getSimpleName();
            if (raw.equals("Map")) {
                return "Map";
            }
            StringBuilder b = new StringBuilder(raw).append('<');
            Arrays.stream(p.getActualTypeArguments()).forEach(a -> b.append(describe(a)));
            return b.append('>').toString();
        }
        return boxed(((Class<?>) t).getSimpleName());
    }

    private static String boxed(String name) {
        switch (name) {
            case "int":
                return "Integer";
            case "long":
                return "Long";
            case "float":
                return "Float";
            case "double":
                return "Double";
            case "boolean":
                return "Boolean";
            default:
                return name;
        }
    }

    private static Method publicNoArg(Class<?> c, String name) {
        try {
            return c.getMethod(name);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The top-level public classes of {@code io.partita.model}, read from its class directory. */
    private static List<Class<?>> modelClasses() throws URISyntaxException, ClassNotFoundException {
        File dir = new File(ErrorCode.class.getResource("ErrorCode.class").toURI()).getParentFile();
        List<Class<?>> out = new ArrayList<>();
        for (String file : new TreeSet<>(Arrays.asList(dir.list()))) {
            if (file.endsWith(".class") && !file.contains("$") && !file.startsWith("package-info")) {
                Class<?> c = Class.forName("io.partita.model." + file.substring(0, file.length() - 6));
                if (Modifier.isPublic(c.getModifiers()) && !c.isInterface()) {
                    out.add(c);
                }
            }
        }
        return out;
    }
}
