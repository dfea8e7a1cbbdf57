package io.partita.server.auth;

import io.partita.wire.ObjectPrivilege;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Milvus's privilege vocabulary: the names clients send ({@code Search}, {@code All},
 * {@code ClusterReadOnly}), how they map onto the protocol's {@code ObjectPrivilege} values
 * ({@code PrivilegeSearch}, {@code PrivilegeGroupClusterReadOnly}) and the built-in privilege
 * groups with their members. Read from Milvus's pkg/util/constant.go (MetaStore2API,
 * PrivilegeNameForMetastore, ReadOnly/ReadWrite/AdminPrivilegeGroup and the rbac v2
 * Collection/Database/Cluster groups); the names are facts of the protocol. Stateless.
 */
public final class Privileges {
    /** The privilege that grants every other one in its database. */
    public static final String ALL = "All";

    private static final String PRIVILEGE = "Privilege";
    private static final String GROUP = "PrivilegeGroup";

    private static final List<String> COLLECTION_READ_ONLY = List.of(
            "Query",
            "Search",
            "IndexDetail",
            "GetFlushState",
            "GetLoadState",
            "GetLoadingProgress",
            "HasPartition",
            "ShowPartitions",
            "DescribeCollection",
            "DescribeAlias",
            "GetStatistics",
            "ListAliases");
    private static final List<String> COLLECTION_READ_WRITE = concat(
            COLLECTION_READ_ONLY,
            "Load",
            "Release",
            "Insert",
            "Delete",
            "Upsert",
            "Import",
            "Flush",
            "Compaction",
            "LoadBalance",
            "CreateIndex",
            "DropIndex",
            "CreatePartition",
            "DropPartition");
    private static final List<String> COLLECTION_ADMIN = concat(COLLECTION_READ_WRITE, "CreateAlias", "DropAlias");
    private static final List<String> DATABASE_READ_ONLY = List.of("ShowCollections", "DescribeDatabase");
    private static final List<String> DATABASE_READ_WRITE = concat(DATABASE_READ_ONLY, "AlterDatabase");
    private static final List<String> DATABASE_ADMIN =
            concat(DATABASE_READ_WRITE, "CreateCollection", "DropCollection");
    private static final List<String> CLUSTER_READ_ONLY = List.of(
            "ListDatabases",
            "SelectOwnership",
            "SelectUser",
            "DescribeResourceGroup",
            "ListResourceGroups",
            "ListPrivilegeGroups");
    private static final List<String> CLUSTER_READ_WRITE =
            concat(CLUSTER_READ_ONLY, "FlushAll", "TransferNode", "TransferReplica", "UpdateResourceGroups");
    private static final List<String> CLUSTER_ADMIN = concat(
            CLUSTER_READ_WRITE,
            "BackupRBAC",
            "RestoreRBAC",
            "CreateDatabase",
            "DropDatabase",
            "CreateOwnership",
            "DropOwnership",
            "ManageOwnership",
            "CreateResourceGroup",
            "DropResourceGroup",
            "UpdateUser",
            "RenameCollection",
            "CreatePrivilegeGroup",
            "DropPrivilegeGroup",
            "OperatePrivilegeGroup");
    /** The 2.4 groups (ReadOnly, ReadWrite, Admin): Milvus's ReadOnlyPrivilegeGroup and its siblings. */
    private static final List<String> READ_ONLY = concat(
            COLLECTION_READ_ONLY.stream().filter(p -> !p.equals("ListAliases")).toList(),
            "ShowCollections",
            "ListAliases",
            "ListDatabases",
            "DescribeDatabase");

    private static final List<String> READ_WRITE = concat(
            READ_ONLY,
            "CreateIndex",
            "DropIndex",
            "CreateCollection",
            "DropCollection",
            "CreatePartition",
            "DropPartition",
            "Load",
            "Release",
            "Insert",
            "Delete",
            "Upsert",
            "Import",
            "Flush",
            "Compaction",
            "LoadBalance",
            "RenameCollection",
            "CreateAlias",
            "DropAlias");
    private static final List<String> ADMIN = concat(
            READ_WRITE,
            "CreateOwnership",
            "DropOwnership",
            "SelectOwnership",
            "ManageOwnership",
            "SelectUser",
            "UpdateUser",
            "BackupRBAC",
            "RestoreRBAC",
            "CreateResourceGroup",
            "UpdateResourceGroups",
            "DropResourceGroup",
            "DescribeResourceGroup",
            "ListResourceGroups",
            "TransferReplica",
            "TransferNode",
            "CreateDatabase",
            "DropDatabase",
            "AlterDatabase");

    private static final Map<String, Set<String>> BUILT_IN_GROUPS = makeBuiltInGroups();

    /** Milvus's ObjectPrivileges: the single privileges filed under Collection and User (the rest are Global). */
    private static final Set<String> COLLECTION_PRIVILEGES = Set.of(
            "Load",
            "Release",
            "Compaction",
            "Insert",
            "Delete",
            "Upsert",
            "GetStatistics",
            "CreateIndex",
            "IndexDetail",
            "DropIndex",
            "Search",
            "Flush",
            "Query",
            "LoadBalance",
            "Import",
            "GetLoadingProgress",
            "GetLoadState",
            "CreatePartition",
            "DropPartition",
            "ShowPartitions",
            "HasPartition",
            "GetFlushState");

    private static final Set<String> USER_PRIVILEGES = Set.of("UpdateUser", "SelectUser");

    private Privileges() {}

    /**
     * The API name of a protocol privilege: {@code PrivilegeSearch} → {@code Search},
     * {@code PrivilegeGroupReadOnly} → {@code ReadOnly} (Milvus's MetaStore2API).
     */
    public static String apiName(String protocolName) {
        if (protocolName.startsWith(GROUP)) {
            return protocolName.substring(GROUP.length());
        }
        return protocolName.startsWith(PRIVILEGE) ? protocolName.substring(PRIVILEGE.length()) : protocolName;
    }

    /** True when {@code api} names one privilege of the protocol (not a group): {@code Search}, {@code All}. */
    public static boolean isSingle(String api) {
        return !BUILT_IN_GROUPS.containsKey(api) && defined(PRIVILEGE + api);
    }

    /** True when {@code api} names a built-in privilege group: {@code ReadOnly}, {@code ClusterAdmin}, … */
    public static boolean isBuiltInGroup(String api) {
        return BUILT_IN_GROUPS.containsKey(api);
    }

    /** The built-in groups and their privileges, in Milvus's order. */
    public static Map<String, Set<String>> builtInGroups() {
        return BUILT_IN_GROUPS;
    }

    /** The rbac v2 level of a single privilege or built-in group: {@code Cluster}, {@code Database} or {@code Collection}. */
    public static String level(String api) {
        if (api.startsWith("Cluster") && isBuiltInGroup(api) || CLUSTER_ADMIN.contains(api)) {
            return "Cluster";
        }
        if (api.startsWith("Database") && isBuiltInGroup(api) || DATABASE_ADMIN.contains(api)) {
            return "Database";
        }
        return "Collection";
    }

    /**
     * The object type a grant of {@code api} by privilege level (OperatePrivilegeV2) is filed under:
     * Milvus's GetObjectType for single privileges ({@code Collection}, {@code User}, else
     * {@code Global}); {@code Collection} for collection-level and custom groups, {@code Global}
     * for the other groups.
     */
    public static String objectType(String api) {
        if (USER_PRIVILEGES.contains(api)) {
            return "User";
        }
        if (COLLECTION_PRIVILEGES.contains(api)) {
            return "Collection";
        }
        if (isSingle(api) || isBuiltInGroup(api) && !level(api).equals("Collection")) {
            return "Global";
        }
        return "Collection";
    }

    private static boolean defined(String protocolName) {
        try {
            ObjectPrivilege.valueOf(protocolName);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Map<String, Set<String>> makeBuiltInGroups() {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        m.put("ReadOnly", Set.copyOf(READ_ONLY));
        m.put("ReadWrite", Set.copyOf(READ_WRITE));
        m.put("Admin", Set.copyOf(ADMIN));
        m.put("CollectionReadOnly", Set.copyOf(COLLECTION_READ_ONLY));
        m.put("CollectionReadWrite", Set.copyOf(COLLECTION_READ_WRITE));
        m.put("CollectionAdmin", Set.copyOf(COLLECTION_ADMIN));
        m.put("DatabaseReadOnly", Set.copyOf(DATABASE_READ_ONLY));
        m.put("DatabaseReadWrite", Set.copyOf(DATABASE_READ_WRITE));
        m.put("DatabaseAdmin", Set.copyOf(DATABASE_ADMIN));
        m.put("ClusterReadOnly", Set.copyOf(CLUSTER_READ_ONLY));
        m.put("ClusterReadWrite", Set.copyOf(CLUSTER_READ_WRITE));
        m.put("ClusterAdmin", Set.copyOf(CLUSTER_ADMIN));
        return java.util.Collections.unmodifiableMap(m);
    }

    private static List<String> concat(List<String> base, String... more) {
        return Stream.concat(base.stream(), Stream.of(more)).distinct().collect(Collectors.toUnmodifiableList());
    }
}
