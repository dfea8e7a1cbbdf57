package io.partita.v2.client;

import io.partita.client.MilvusClient;
import io.partita.client.MilvusServiceClient;
import io.partita.exception.MilvusException;
import io.partita.param.RetryParam;
import io.partita.v2.exception.ErrorCode;
import io.partita.v2.exception.MilvusClientException;
import io.partita.v2.internal.Checks;
import io.partita.v2.service.collection.request.AddCollectionFieldReq;
import io.partita.v2.service.collection.request.AddCollectionFunctionReq;
import io.partita.v2.service.collection.request.AlterCollectionFieldReq;
import io.partita.v2.service.collection.request.AlterCollectionFunctionReq;
import io.partita.v2.service.collection.request.AlterCollectionPropertiesReq;
import io.partita.v2.service.collection.request.AlterCollectionReq;
import io.partita.v2.service.collection.request.BatchDescribeCollectionReq;
import io.partita.v2.service.collection.request.CreateCollectionReq;
import io.partita.v2.service.collection.request.DescribeCollectionReq;
import io.partita.v2.service.collection.request.DescribeReplicasReq;
import io.partita.v2.service.collection.request.DropCollectionFieldPropertiesReq;
import io.partita.v2.service.collection.request.DropCollectionFunctionReq;
import io.partita.v2.service.collection.request.DropCollectionPropertiesReq;
import io.partita.v2.service.collection.request.DropCollectionReq;
import io.partita.v2.service.collection.request.GetCollectionStatsReq;
import io.partita.v2.service.collection.request.GetLoadStateReq;
import io.partita.v2.service.collection.request.HasCollectionReq;
import io.partita.v2.service.collection.request.ListCollectionsReq;
import io.partita.v2.service.collection.request.LoadCollectionReq;
import io.partita.v2.service.collection.request.RefreshLoadReq;
import io.partita.v2.service.collection.request.ReleaseCollectionReq;
import io.partita.v2.service.collection.request.RenameCollectionReq;
import io.partita.v2.service.collection.request.TruncateCollectionReq;
import io.partita.v2.service.collection.response.DescribeCollectionResp;
import io.partita.v2.service.collection.response.DescribeReplicasResp;
import io.partita.v2.service.collection.response.GetCollectionStatsResp;
import io.partita.v2.service.collection.response.GetLoadStateResp;
import io.partita.v2.service.collection.response.ListCollectionsResp;
import io.partita.v2.service.database.request.AlterDatabasePropertiesReq;
import io.partita.v2.service.database.request.AlterDatabaseReq;
import io.partita.v2.service.database.request.CreateDatabaseReq;
import io.partita.v2.service.database.request.DescribeDatabaseReq;
import io.partita.v2.service.database.request.DropDatabasePropertiesReq;
import io.partita.v2.service.database.request.DropDatabaseReq;
import io.partita.v2.service.database.response.DescribeDatabaseResp;
import io.partita.v2.service.database.response.ListDatabasesResp;
import io.partita.v2.service.index.request.AlterIndexPropertiesReq;
import io.partita.v2.service.index.request.AlterIndexReq;
import io.partita.v2.service.index.request.CreateIndexReq;
import io.partita.v2.service.index.request.DescribeIndexReq;
import io.partita.v2.service.index.request.DropIndexPropertiesReq;
import io.partita.v2.service.index.request.DropIndexReq;
import io.partita.v2.service.index.request.ListIndexesReq;
import io.partita.v2.service.index.response.DescribeIndexResp;
import io.partita.v2.service.partition.request.CreatePartitionReq;
import io.partita.v2.service.partition.request.DropPartitionReq;
import io.partita.v2.service.partition.request.GetPartitionStatsReq;
import io.partita.v2.service.partition.request.HasPartitionReq;
import io.partita.v2.service.partition.request.ListPartitionsReq;
import io.partita.v2.service.partition.request.LoadPartitionsReq;
import io.partita.v2.service.partition.request.ReleasePartitionsReq;
import io.partita.v2.service.partition.response.GetPartitionStatsResp;
import io.partita.v2.service.rbac.request.AddPrivilegesToGroupReq;
import io.partita.v2.service.rbac.request.CreatePrivilegeGroupReq;
import io.partita.v2.service.rbac.request.CreateRoleReq;
import io.partita.v2.service.rbac.request.CreateUserReq;
import io.partita.v2.service.rbac.request.DescribeRoleReq;
import io.partita.v2.service.rbac.request.DescribeUserReq;
import io.partita.v2.service.rbac.request.DropPrivilegeGroupReq;
import io.partita.v2.service.rbac.request.DropRoleReq;
import io.partita.v2.service.rbac.request.DropUserReq;
import io.partita.v2.service.rbac.request.GrantPrivilegeReq;
import io.partita.v2.service.rbac.request.GrantPrivilegeReqV2;
import io.partita.v2.service.rbac.request.GrantRoleReq;
import io.partita.v2.service.rbac.request.ListPrivilegeGroupsReq;
import io.partita.v2.service.rbac.request.RemovePrivilegesFromGroupReq;
import io.partita.v2.service.rbac.request.RevokePrivilegeReq;
import io.partita.v2.service.rbac.request.RevokePrivilegeReqV2;
import io.partita.v2.service.rbac.request.RevokeRoleReq;
import io.partita.v2.service.rbac.request.UpdatePasswordReq;
import io.partita.v2.service.rbac.request.UpdateUserReq;
import io.partita.v2.service.rbac.response.DescribeRoleResp;
import io.partita.v2.service.rbac.response.DescribeUserResp;
import io.partita.v2.service.rbac.response.ListPrivilegeGroupsResp;
import io.partita.v2.service.resourcegroup.request.CreateResourceGroupReq;
import io.partita.v2.service.resourcegroup.request.DescribeResourceGroupReq;
import io.partita.v2.service.resourcegroup.request.DropResourceGroupReq;
import io.partita.v2.service.resourcegroup.request.ListResourceGroupsReq;
import io.partita.v2.service.resourcegroup.request.TransferNodeReq;
import io.partita.v2.service.resourcegroup.request.TransferReplicaReq;
import io.partita.v2.service.resourcegroup.request.UpdateResourceGroupsReq;
import io.partita.v2.service.resourcegroup.response.DescribeResourceGroupResp;
import io.partita.v2.service.resourcegroup.response.ListResourceGroupsResp;
import io.partita.v2.service.utility.OptimizeTask;
import io.partita.v2.service.utility.request.AlterAliasReq;
import io.partita.v2.service.utility.request.CompactReq;
import io.partita.v2.service.utility.request.CreateAliasReq;
import io.partita.v2.service.utility.request.DescribeAliasReq;
import io.partita.v2.service.utility.request.DropAliasReq;
import io.partita.v2.service.utility.request.FlushAllReq;
import io.partita.v2.service.utility.request.FlushReq;
import io.partita.v2.service.utility.request.GetCompactionPlansReq;
import io.partita.v2.service.utility.request.GetCompactionStateReq;
import io.partita.v2.service.utility.request.GetFlushAllStateReq;
import io.partita.v2.service.utility.request.GetPersistentSegmentInfoReq;
import io.partita.v2.service.utility.request.GetQuerySegmentInfoReq;
import io.partita.v2.service.utility.request.GetServerVersionReq;
import io.partita.v2.service.utility.request.ListAliasesReq;
import io.partita.v2.service.utility.request.OptimizeReq;
import io.partita.v2.service.utility.response.CheckHealthResp;
import io.partita.v2.service.utility.response.CompactResp;
import io.partita.v2.service.utility.response.DescribeAliasResp;
import io.partita.v2.service.utility.response.FlushAllResp;
import io.partita.v2.service.utility.response.GetCompactionPlansResp;
import io.partita.v2.service.utility.response.GetCompactionStateResp;
import io.partita.v2.service.utility.response.GetFlushAllStateResp;
import io.partita.v2.service.utility.response.GetPersistentSegmentInfoResp;
import io.partita.v2.service.utility.response.GetQuerySegmentInfoResp;
import io.partita.v2.service.utility.response.GetServerVersionResp;
import io.partita.v2.service.utility.response.ListAliasResp;
import io.partita.v2.service.vector.request.DeleteReq;
import io.partita.v2.service.vector.request.GetReq;
import io.partita.v2.service.vector.request.InsertReq;
import io.partita.v2.service.vector.request.QueryReq;
import io.partita.v2.service.vector.request.RunAnalyzerReq;
import io.partita.v2.service.vector.request.SearchReq;
import io.partita.v2.service.vector.request.UpsertReq;
import io.partita.v2.service.vector.response.DeleteResp;
import io.partita.v2.service.vector.response.GetResp;
import io.partita.v2.service.vector.response.InsertResp;
import io.partita.v2.service.vector.response.QueryResp;
import io.partita.v2.service.vector.response.RunAnalyzerResp;
import io.partita.v2.service.vector.response.SearchResp;
import io.partita.v2.service.vector.response.UpsertResp;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The V2 client of milvus-sdk-java 2.6, over Partita's one client implementation.
 *
 * <p>Each call validates its request (the builders already did), turns it into sdk-core's Param and
 * calls {@link MilvusServiceClient}: the same sync-load waiting, retries, deadlines and transport
 * (gRPC or REST, chosen by the URI, see {@link ConnectConfig}) as a 2.x program gets. A call returns
 * its value or throws {@link MilvusClientException}: SERVER_ERROR with the server's codes and reason,
 * INVALID_PARAMS naming the bad field, TIMEOUT, or RPC_ERROR when no usable answer came back.
 *
 * <p>Calls of the official client that Partita does not send yet are absent (docs/migration.md lists them), among
 * them the role and user descriptions ({@code alterRole}, {@code updateUser}). The database, resource-group,
 * rename, collection-property and version calls are sent over gRPC (the REST transports answer them UNIMPLEMENTED
 * unless their API has the route).
 *
 * <p><b>Threads and closing.</b> Thread-safe, like the client underneath; share one instance.
 * {@link #close()} closes the connection; a view made by {@link #withTimeout} shares it.
 * {@link #useDatabase} reconnects and is not safe to call while other threads use the client (as
 * with the official client).
 */
public class MilvusClientV2 {
    private volatile ConnectConfig config;
    private final Function<MilvusClient, MilvusClient> view;
    private volatile RetryParam retry;
    private volatile Session session;

    /**
     * Connects (a transport may connect lazily).
     *
     * @throws MilvusClientException CLIENT_ERROR when no transport serves the URI's scheme
     */
    public MilvusClientV2(ConnectConfig connectConfig) {
        Checks.notNull(connectConfig, "connectConfig");
        this.config = connectConfig;
        this.view = c -> c;
        this.session = connect(connectConfig, connectConfig.getDbName());
    }

    private MilvusClientV2(
            ConnectConfig config, RetryParam retry, Session session, Function<MilvusClient, MilvusClient> view) {
        this.config = config;
        this.view = view;
        this.retry = retry;
        this.session = new Session(view.apply(session.v1), session.dbName);
    }

    private static Session connect(ConnectConfig c, String dbName) {
        String db = dbName == null || dbName.isEmpty() ? "default" : dbName;
        try {
            return new Session(new MilvusServiceClient(Failures.params(() -> Connections.toConnectParam(c, db))), db);
        } catch (MilvusClientException e) {
            throw e;
        } catch (MilvusException e) {
            throw new MilvusClientException(ErrorCode.CLIENT_ERROR, e.getMessage());
        }
    }

    /**
     * @return a view whose calls each have this deadline; it shares the connection
     * @throws MilvusClientException INVALID_PARAMS when the timeout is not positive
     */
    public MilvusClientV2 withTimeout(long timeout, TimeUnit timeoutUnit) {
        if (timeout <= 0) {
            throw Checks.invalid("timeout must be positive, got " + timeout);
        }
        Duration d = Duration.ofNanos(timeoutUnit.toNanos(timeout));
        return new MilvusClientV2(config, retry, session, c -> view.apply(c).withTimeout(d));
    }

    /**
     * Sets how this client resends calls that failed in a retriable way (sdk-core's rule: see
     * {@link RetryConfig}); it also holds after {@link #useDatabase}. Without it, sdk-core's
     * {@code RetryParam} defaults apply (3 retries).
     *
     * @throws MilvusClientException INVALID_PARAMS for a {@code null} configuration
     */
    public void retryConfig(RetryConfig retryConfig) {
        RetryParam policy = Checks.checked(retryConfig, "retryConfig").toRetryParam();
        retry = policy;
        Session current = session;
        session = new Session(current.v1.withRetry(policy), current.dbName);
    }

    /**
     * @return a view whose calls retry as {@code retryConfig} says; it shares the connection
     * @throws MilvusClientException INVALID_PARAMS for a {@code null} configuration
     */
    public MilvusClientV2 withRetry(RetryConfig retryConfig) {
        RetryParam policy = Checks.checked(retryConfig, "retryConfig").toRetryParam();
        return new MilvusClientV2(config, policy, session, c -> view.apply(c).withRetry(policy));
    }

    /** @return the database the calls go to ({@code "default"} unless set) */
    public String currentUsedDatabase() {
        return session.dbName;
    }

    /**
     * Reconnects to another database; later calls go there.
     *
     * @throws MilvusClientException INVALID_PARAMS for an empty name, or what connecting throws
     */
    public void useDatabase(String dbName) throws InterruptedException {
        Checks.notBlank(dbName, "dbName");
        Session old = session;
        Session fresh = connect(config, dbName);
        RetryParam policy = retry;
        MilvusClient retried = policy == null ? fresh.v1 : fresh.v1.withRetry(policy);
        session = new Session(view.apply(retried), fresh.dbName);
        old.v1.close();
    }

    // ---- databases ----

    /** Creates a database (Milvus 2.2.9+; gRPC, as Milvus's RESTful API of 2.1 has no route for it). */
    public void createDatabase(CreateDatabaseReq request) {
        DatabaseOps.create(session, Checks.checked(request, "request"));
    }

    /** Drops a database, which must hold no collection. */
    public void dropDatabase(DropDatabaseReq request) {
        DatabaseOps.drop(session, Checks.checked(request, "request"));
    }

    /** @return the databases the caller may see */
    public ListDatabasesResp listDatabases() {
        return DatabaseOps.list(session);
    }

    /** @return the database's name and properties (Milvus 2.4+) */
    public DescribeDatabaseResp describeDatabase(DescribeDatabaseReq request) {
        return DatabaseOps.describe(session, Checks.checked(request, "request"));
    }

    /**
     * Sets database properties, as {@link #alterDatabaseProperties} (deprecated in the official client).
     */
    public void alterDatabase(AlterDatabaseReq request) {
        Checks.checked(request, "request");
        DatabaseOps.alter(session, request.getDatabaseName(), request.getProperties());
    }

    /** Sets database properties (Milvus 2.4+). */
    public void alterDatabaseProperties(AlterDatabasePropertiesReq request) {
        Checks.checked(request, "request");
        DatabaseOps.alter(session, request.getDatabaseName(), request.getProperties());
    }

    /** Removes database properties (Milvus 2.5+). */
    public void dropDatabaseProperties(DropDatabasePropertiesReq request) {
        DatabaseOps.dropProperties(session, Checks.checked(request, "request"));
    }

    // ---- resource groups ----

    /** Creates a resource group (Milvus 2.3+; its configuration 2.4+; gRPC). */
    public void createResourceGroup(CreateResourceGroupReq request) {
        ResourceGroupOps.create(session, Checks.checked(request, "request"));
    }

    /** Replaces the configuration of resource groups (Milvus 2.4+). */
    public void updateResourceGroups(UpdateResourceGroupsReq request) {
        ResourceGroupOps.update(session, Checks.checked(request, "request"));
    }

    /** Drops a resource group, which must hold no node and no replica. */
    public void dropResourceGroup(DropResourceGroupReq request) {
        ResourceGroupOps.drop(session, Checks.checked(request, "request"));
    }

    /** @return the resource groups, the default one included */
    public ListResourceGroupsResp listResourceGroups(ListResourceGroupsReq request) {
        Checks.checked(request, "request");
        return ResourceGroupOps.list(session);
    }

    /** @return the group's nodes, replicas per collection and configuration */
    public DescribeResourceGroupResp describeResourceGroup(DescribeResourceGroupReq request) {
        return ResourceGroupOps.describe(session, Checks.checked(request, "request"));
    }

    /** Moves query nodes between resource groups. */
    public void transferNode(TransferNodeReq request) {
        ResourceGroupOps.transferNode(session, Checks.checked(request, "request"));
    }

    /** Moves replicas of a loaded collection between resource groups. */
    public void transferReplica(TransferReplicaReq request) {
        ResourceGroupOps.transferReplica(session, Checks.checked(request, "request"));
    }

    // ---- users and roles (RBAC) ----

    /** Creates a user with a password. */
    public void createUser(CreateUserReq request) {
        RbacOps.createUser(session, Checks.checked(request, "request"));
    }

    /**
     * Changes a user's description, not its password (Milvus 2.6; the password is not asked for);
     * an empty description clears it. Over RESTful v2 this answers {@code RPC_ERROR}
     * "UNIMPLEMENTED" (no route of Milvus's for it is known to Partita).
     */
    public void updateUser(UpdateUserReq request) {
        RbacOps.updateUser(session, Checks.checked(request, "request"));
    }

    /**
     * Changes a user's password (the current one must be given). With {@code resetConnection}, as
     * the official client, this client then reconnects as that user with the new password (no
     * token), on its current database; like {@link #useDatabase}, not safe while other threads
     * use the client.
     */
    public void updatePassword(UpdatePasswordReq request) {
        RbacOps.updatePassword(session, Checks.checked(request, "request"));
        if (Boolean.TRUE.equals(request.getResetConnection())) {
            config = config.withCredentials(request.getUserName(), request.getNewPassword());
            Session old = session;
            Session fresh = connect(config, old.dbName);
            RetryParam policy = retry;
            MilvusClient retried = policy == null ? fresh.v1 : fresh.v1.withRetry(policy);
            session = new Session(view.apply(retried), fresh.dbName);
            old.v1.close();
        }
    }

    /** Drops a user. */
    public void dropUser(DropUserReq request) {
        RbacOps.dropUser(session, Checks.checked(request, "request"));
    }

    /** @return the user names */
    public List<String> listUsers() {
        return RbacOps.listUsers(session);
    }

    /**
     * Creates a role (Milvus 2.2+; gRPC and RESTful v2). A description (Milvus 2.6) travels over
     * gRPC only: over REST a request with one fails as unsupported rather than losing it.
     */
    public void createRole(CreateRoleReq request) {
        RbacOps.createRole(session, Checks.checked(request, "request"));
    }

    /**
     * Replaces a role's description (Milvus 2.6's AlterRole; gRPC only, RESTful v2 has no route
     * for it, so REST fails as unsupported). The server refuses the built-in roles.
     *
     * @param request the role and its new description (empty clears it)
     * @throws io.partita.v2.exception.MilvusClientException with the server's code and text
     */
    public void alterRole(io.partita.v2.service.rbac.request.AlterRoleReq request) {
        RbacOps.alterRole(session, Checks.checked(request, "request"));
    }

    /** Drops a role; with {@code forceDrop} its grants go with it. */
    public void dropRole(DropRoleReq request) {
        RbacOps.dropRole(session, Checks.checked(request, "request"));
    }

    /** Binds a user to a role. */
    public void grantRole(GrantRoleReq request) {
        RbacOps.grantRole(session, Checks.checked(request, "request"));
    }

    /** Unbinds a user from a role. */
    public void revokeRole(RevokeRoleReq request) {
        RbacOps.revokeRole(session, Checks.checked(request, "request"));
    }

    /** Grants a role a privilege on an object of the client's database. */
    public void grantPrivilege(GrantPrivilegeReq request) {
        RbacOps.grantPrivilege(session, Checks.checked(request, "request"));
    }

    /** Revokes a privilege on an object from a role. */
    public void revokePrivilege(RevokePrivilegeReq request) {
        RbacOps.revokePrivilege(session, Checks.checked(request, "request"));
    }

    /** @return the role names, the built-in {@code admin} and {@code public} included */
    public List<String> listRoles() {
        return RbacOps.listRoles(session);
    }

    /**
     * Describes a role: its grants on the request's database (the client's when none), grants on
     * every database included. An unknown role throws SERVER_ERROR with the server's refusal.
     */
    public DescribeRoleResp describeRole(DescribeRoleReq request) {
        return RbacOps.describeRole(session, Checks.checked(request, "request"));
    }

    /** Describes a user: its roles (none for an unknown user, as the official client answers). */
    public DescribeUserResp describeUser(DescribeUserReq request) {
        return RbacOps.describeUser(session, Checks.checked(request, "request"));
    }

    /** Grants a privilege or privilege group by its level (Milvus 2.5+'s OperatePrivilegeV2). */
    public void grantPrivilegeV2(GrantPrivilegeReqV2 request) {
        RbacOps.grantPrivilegeV2(session, Checks.checked(request, "request"));
    }

    /** Revokes a privilege or privilege group granted by {@link #grantPrivilegeV2}. */
    public void revokePrivilegeV2(RevokePrivilegeReqV2 request) {
        RbacOps.revokePrivilegeV2(session, Checks.checked(request, "request"));
    }

    /** Creates an empty privilege group (Milvus 2.5+). */
    public void createPrivilegeGroup(CreatePrivilegeGroupReq request) {
        RbacOps.createPrivilegeGroup(session, Checks.checked(request, "request"));
    }

    /** Drops a privilege group (Milvus 2.5+). */
    public void dropPrivilegeGroup(DropPrivilegeGroupReq request) {
        RbacOps.dropPrivilegeGroup(session, Checks.checked(request, "request"));
    }

    /** @return every privilege group with its privileges, the built-in ones included (Milvus 2.5+) */
    public ListPrivilegeGroupsResp listPrivilegeGroups(ListPrivilegeGroupsReq request) {
        Checks.checked(request, "request");
        return RbacOps.listPrivilegeGroups(session);
    }

    /** Adds privileges to a privilege group (Milvus 2.5+). */
    public void addPrivilegesToGroup(AddPrivilegesToGroupReq request) {
        RbacOps.addPrivilegesToGroup(session, Checks.checked(request, "request"));
    }

    /** Removes privileges from a privilege group (Milvus 2.5+). */
    public void removePrivilegesFromGroup(RemovePrivilegesFromGroupReq request) {
        RbacOps.removePrivilegesFromGroup(session, Checks.checked(request, "request"));
    }

    // ---- collections ----

    /** Creates a collection: quick setup or full schema, see {@link CreateCollectionReq}. */
    public void createCollection(CreateCollectionReq request) {
        CollectionOps.create(session, Checks.checked(request, "request"));
    }

    /** @return an empty schema to fill with {@code addField} */
    public CreateCollectionReq.CollectionSchema createSchema() {
        return CreateSchema();
    }

    /** @return an empty schema to fill with {@code addField} */
    public static CreateCollectionReq.CollectionSchema CreateSchema() {
        return CreateCollectionReq.CollectionSchema.builder().build();
    }

    /** @return the collections of the client's database */
    public ListCollectionsResp listCollections() {
        return CollectionOps.list(session, null);
    }

    /** @return the collections of the request's database (which must be the client's) */
    public ListCollectionsResp listCollectionsV2(ListCollectionsReq request) {
        return CollectionOps.list(session, Checks.checked(request, "request").getDatabaseName());
    }

    /** Drops a collection. */
    public void dropCollection(DropCollectionReq request) {
        CollectionOps.drop(session, Checks.checked(request, "request"));
    }

    /** @return whether the collection exists */
    public Boolean hasCollection(HasCollectionReq request) {
        return CollectionOps.has(session, Checks.checked(request, "request"));
    }

    /** @return the collection's schema and settings */
    public DescribeCollectionResp describeCollection(DescribeCollectionReq request) {
        return CollectionOps.describe(session, Checks.checked(request, "request"));
    }

    /** @return the collection's row count, without flushing first */
    public GetCollectionStatsResp getCollectionStats(GetCollectionStatsReq request) {
        return CollectionOps.stats(session, Checks.checked(request, "request"));
    }

    /** Renames a collection; its data, partitions, indexes and loads stay with it (Milvus 2.2+; gRPC). */
    public void renameCollection(RenameCollectionReq request) {
        CollectionOps.rename(session, Checks.checked(request, "request"));
    }

    /** Sets collection properties such as {@code collection.ttl.seconds} (AlterCollection; gRPC). */
    public void alterCollectionProperties(AlterCollectionPropertiesReq request) {
        CollectionOps.alterProperties(session, Checks.checked(request, "request"));
    }

    /** Removes collection properties (AlterCollection's delete_keys, Milvus 2.5+; gRPC). */
    public void dropCollectionProperties(DropCollectionPropertiesReq request) {
        CollectionOps.dropProperties(session, Checks.checked(request, "request"));
    }

    /**
     * Sets collection properties, as {@link #alterCollectionProperties} (which the official client
     * replaced it by in its 2.5.3, as here: the request is sent as that one).
     *
     * @deprecated use {@link #alterCollectionProperties}
     */
    @Deprecated
    public void alterCollection(AlterCollectionReq request) {
        Checks.checked(request, "request");
        alterCollectionProperties(AlterCollectionPropertiesReq.builder()
                .collectionName(request.getCollectionName())
                .databaseName(request.getDatabaseName())
                .properties(request.getProperties())
                .build());
    }

    /**
     * Appends a nullable field to a collection (AddCollectionField, Milvus 2.6; gRPC, and RESTful
     * v2 for a field without a default value); rows stored before read it as null or its default.
     */
    public void addCollectionField(AddCollectionFieldReq request) {
        CollectionSchemaOps.addField(session, Checks.checked(request, "request"));
    }

    /**
     * Sets properties of one field: {@code max_length}, {@code max_capacity}, {@code mmap.enabled}
     * (AlterCollectionField, Milvus 2.6; gRPC).
     */
    public void alterCollectionField(AlterCollectionFieldReq request) {
        CollectionSchemaOps.alterField(session, Checks.checked(request, "request"));
    }

    /** Removes properties of one field (AlterCollectionField's delete_keys, Milvus 2.6; gRPC). */
    public void dropCollectionFieldProperties(DropCollectionFieldPropertiesReq request) {
        CollectionSchemaOps.dropFieldProperties(session, Checks.checked(request, "request"));
    }

    /**
     * Removes every row of a collection, keeping its schema, partitions, indexes and load
     * (TruncateCollection, Milvus 2.6; gRPC).
     */
    public void truncateCollection(TruncateCollectionReq request) {
        CollectionSchemaOps.truncate(session, Checks.checked(request, "request"));
    }

    /**
     * Adds a function to a collection's schema (AddCollectionFunction, Milvus 2.6; gRPC). Milvus 2.6
     * refuses a BM25 function here; the reference server, which has no model provider, refuses
     * every other function type too (see docs/full_text_search.md).
     */
    public void addCollectionFunction(AddCollectionFunctionReq request) {
        CollectionSchemaOps.addFunction(session, Checks.checked(request, "request"));
    }

    /**
     * Replaces a function of a collection's schema by a new definition of the same name
     * (AlterCollectionFunction, Milvus 2.6; gRPC). BM25 functions cannot be altered.
     */
    public void alterCollectionFunction(AlterCollectionFunctionReq request) {
        CollectionSchemaOps.alterFunction(session, Checks.checked(request, "request"));
    }

    /**
     * Removes a function from a collection's schema (DropCollectionFunction, Milvus 2.6; gRPC); a
     * function the collection does not have is no failure. BM25 functions cannot be dropped.
     */
    public void dropCollectionFunction(DropCollectionFunctionReq request) {
        CollectionSchemaOps.dropFunction(session, Checks.checked(request, "request"));
    }

    /**
     * Describes several collections in one call (BatchDescribeCollection, Milvus 2.6; gRPC): one
     * answer per name, in order, each as {@link #describeCollection} answers it; a collection
     * that cannot be described throws its failure.
     */
    public List<DescribeCollectionResp> batchDescribeCollection(BatchDescribeCollectionReq request) {
        return CollectionSchemaOps.batchDescribe(session, Checks.checked(request, "request"));
    }

    /** Loads a collection; with {@code sync} (the default) waits until 100 % or throws TIMEOUT. */
    public void loadCollection(LoadCollectionReq request) {
        CollectionOps.load(session, Checks.checked(request, "request"));
    }

    /**
     * Reloads a loaded collection so segments added since its load are searched (LoadCollection
     * with {@code refresh}); with {@code sync} (the default) waits until it is loaded again.
     */
    public void refreshLoad(RefreshLoadReq request) {
        CollectionSchemaOps.refreshLoad(session, Checks.checked(request, "request"));
    }

    /** Releases a collection's memory. */
    public void releaseCollection(ReleaseCollectionReq request) {
        CollectionOps.release(session, Checks.checked(request, "request"));
    }

    /** @return whether the collection, or the named partition, is fully loaded */
    public Boolean getLoadState(GetLoadStateReq request) {
        return CollectionOps.loadState(session, Checks.checked(request, "request"));
    }

    /**
     * @return the load state of the collection, or the named partition, and while it loads the
     *     progress in percent; the state is {@link io.partita.model.LoadState}, what the official
     *     protobuf enum becomes under the migration's import rule
     */
    public GetLoadStateResp getLoadStateV2(GetLoadStateReq request) {
        return CollectionOps.loadStateV2(session, Checks.checked(request, "request"));
    }

    // ---- indexes ----

    /** Builds indexes; with {@code sync} (the default) waits until built. */
    public void createIndex(CreateIndexReq request) {
        IndexOps.create(session, Checks.checked(request, "request"));
    }

    /** Drops an index. */
    public void dropIndex(DropIndexReq request) {
        IndexOps.drop(session, Checks.checked(request, "request"));
    }

    /**
     * Sets index properties such as {@code mmap.enabled} (AlterIndex, Milvus 2.4+; gRPC). The
     * server refuses it while the collection is loaded.
     */
    public void alterIndexProperties(AlterIndexPropertiesReq request) {
        Checks.checked(request, "request");
        IndexOps.alter(
                session,
                request.getDatabaseName(),
                request.getCollectionName(),
                request.getIndexName(),
                request.getProperties(),
                List.of());
    }

    /** Removes index properties (AlterIndex's {@code delete_keys}, Milvus 2.5+; gRPC). */
    public void dropIndexProperties(DropIndexPropertiesReq request) {
        Checks.checked(request, "request");
        IndexOps.alter(
                session,
                request.getDatabaseName(),
                request.getCollectionName(),
                request.getIndexName(),
                Map.of(),
                request.getPropertyKeys());
    }

    /**
     * Sets index properties: the official client's deprecated form of {@link #alterIndexProperties}.
     *
     * @deprecated use {@link #alterIndexProperties}
     */
    @Deprecated
    public void alterIndex(AlterIndexReq request) {
        Checks.checked(request, "request");
        IndexOps.alter(
                session,
                request.getDatabaseName(),
                request.getCollectionName(),
                request.getIndexName(),
                request.getProperties(),
                List.of());
    }

    /** @return the matching indexes */
    public DescribeIndexResp describeIndex(DescribeIndexReq request) {
        return IndexOps.describe(session, Checks.checked(request, "request"));
    }

    /** @return the index names of the collection (of one field when named) */
    public List<String> listIndexes(ListIndexesReq request) {
        return IndexOps.list(session, Checks.checked(request, "request"));
    }

    // ---- data ----

    /** Inserts {@code JsonObject} rows; the collection's schema types each value. */
    public InsertResp insert(InsertReq request) {
        return VectorOps.insert(session, Checks.checked(request, "request"));
    }

    /**
     * Upserts {@code JsonObject} rows (Milvus 2.3+): a row whose primary key is stored replaces
     * it, the others are inserted; typed by the collection's schema as {@link #insert} is.
     */
    public UpsertResp upsert(UpsertReq request) {
        return VectorOps.upsert(session, Checks.checked(request, "request"));
    }

    /** Deletes rows by filter or by primary key. */
    public DeleteResp delete(DeleteReq request) {
        return VectorOps.delete(session, Checks.checked(request, "request"));
    }

    /** @return the rows with these primary keys */
    public GetResp get(GetReq request) {
        return VectorOps.get(session, Checks.checked(request, "request"));
    }

    /** @return the rows matching the filter or the ids */
    public QueryResp query(QueryReq request) {
        return VectorOps.query(session, Checks.checked(request, "request"));
    }

    /**
     * Opens a query iterator: the rows matching {@code expr} in primary-key order, {@code batchSize}
     * per {@code next()} call, each exactly once, read as of the snapshot the opening call pins
     * (rows inserted later are not returned). Works over gRPC, {@code /api/v1} and RESTful v2.
     *
     * @param request the collection, filter, output fields, batch size, offset and limit
     * @return the iterator; not thread-safe (one reader); {@code close()} it when done
     * @throws io.partita.v2.exception.MilvusClientException on a bad request (the official texts
     *     for the batch size, offset and limit) or a failing opening call
     */
    public io.partita.orm.iterator.QueryIterator queryIterator(
            io.partita.v2.service.vector.request.QueryIteratorReq request) {
        return IteratorOps.queryIterator(session, Checks.checked(request, "request"));
    }

    /**
     * Opens a search iterator: the hits of one query vector, nearest first, {@code batchSize} per
     * {@code next()} call, each exactly once (ties included), read as of the snapshot the first
     * page pins. Each record holds the primary key, the output fields and {@code "distance"}.
     *
     * @param request the collection, vector field, metric, query vector, filter, batch size and limit
     * @return the iterator; not thread-safe (one reader); {@code close()} it when done
     * @throws io.partita.v2.exception.MilvusClientException on a bad request (the official texts)
     */
    public io.partita.orm.iterator.SearchIterator searchIterator(
            io.partita.v2.service.vector.request.SearchIteratorReq request) {
        return IteratorOps.searchIterator(session, Checks.checked(request, "request"));
    }

    /**
     * Opens a search iterator v2: the hits of one query vector, nearest first, paged by the server
     * (Milvus 2.5.2+'s {@code search_iter_v2}), each exactly once (ties included), read as of the
     * snapshot the first page pins. Opening it runs a one-hit probe call. Works over gRPC,
     * {@code /api/v1} and RESTful v2.
     *
     * @param request the collection, vector field, metric, query vector, filter, batch size, limit
     *     and an optional client-side filter of the hits
     * @return the iterator; not thread-safe (one reader); {@code close()} it when done
     * @throws io.partita.v2.exception.MilvusClientException on a bad request (the official texts),
     *     a failing probe, or a server without search iterator v2
     */
    public io.partita.orm.iterator.SearchIteratorV2 searchIteratorV2(
            io.partita.v2.service.vector.request.SearchIteratorReqV2 request) {
        return IteratorOps.searchIteratorV2(session, Checks.checked(request, "request"));
    }

    /** @return per query vector, the nearest rows */
    public SearchResp search(SearchReq request) {
        return VectorOps.search(session, Checks.checked(request, "request"));
    }

    /**
     * Several searches on one collection fused by a ranker ({@code RRFRanker}, {@code
     * WeightedRanker}); the answer has a search's shape, the fused scores as scores.
     *
     * @param request the searches, the ranker and the fused limit
     * @return per query vector the fused hits
     */
    public SearchResp hybridSearch(io.partita.v2.service.vector.request.HybridSearchReq request) {
        return VectorOps.hybridSearch(session, Checks.checked(request, "request"));
    }

    // ---- partitions ----

    /** Creates a partition. */
    public void createPartition(CreatePartitionReq request) {
        PartitionOps.create(session, Checks.checked(request, "request"));
    }

    /** Drops a partition. */
    public void dropPartition(DropPartitionReq request) {
        PartitionOps.drop(session, Checks.checked(request, "request"));
    }

    /** @return whether the partition exists */
    public Boolean hasPartition(HasPartitionReq request) {
        return PartitionOps.has(session, Checks.checked(request, "request"));
    }

    /** @return the collection's partition names */
    public List<String> listPartitions(ListPartitionsReq request) {
        return PartitionOps.list(session, Checks.checked(request, "request"));
    }

    /** @return the partition's row count, without flushing first */
    public GetPartitionStatsResp getPartitionStats(GetPartitionStatsReq request) {
        return PartitionOps.stats(session, Checks.checked(request, "request"));
    }

    /** Loads partitions; with {@code sync} (the default) waits until 100 % or throws TIMEOUT. */
    public void loadPartitions(LoadPartitionsReq request) {
        PartitionOps.load(session, Checks.checked(request, "request"));
    }

    /** Releases partitions' memory. */
    public void releasePartitions(ReleasePartitionsReq request) {
        PartitionOps.release(session, Checks.checked(request, "request"));
    }

    // ---- utility ----

    /** Creates an alias. */
    public void createAlias(CreateAliasReq request) {
        UtilityOps.createAlias(session, Checks.checked(request, "request"));
    }

    /** Drops an alias. */
    public void dropAlias(DropAliasReq request) {
        UtilityOps.dropAlias(session, Checks.checked(request, "request"));
    }

    /** Points an alias at another collection. */
    public void alterAlias(AlterAliasReq request) {
        UtilityOps.alterAlias(session, Checks.checked(request, "request"));
    }

    /** Flushes collections and waits until their data is sealed. */
    public void flush(FlushReq request) {
        UtilityOps.flush(session, Checks.checked(request, "request"));
    }

    /** @return the collection an alias names */
    public DescribeAliasResp describeAlias(DescribeAliasReq request) {
        return UtilityOps.describeAlias(session, Checks.checked(request, "request"));
    }

    /** @return the aliases of a collection */
    public ListAliasResp listAliases(ListAliasesReq request) {
        return UtilityOps.listAliases(session, Checks.checked(request, "request"));
    }

    /**
     * Starts a plain compaction.
     *
     * @return its id, for {@link #getCompactionState}
     */
    public CompactResp compact(CompactReq request) {
        return UtilityOps.compact(session, Checks.checked(request, "request"));
    }

    /** @return how far a compaction got */
    public GetCompactionStateResp getCompactionState(GetCompactionStateReq request) {
        return UtilityOps.getCompactionState(session, Checks.checked(request, "request"));
    }

    /** @return the merges a compaction made: its state and, per merge, the source segments and the target */
    public GetCompactionPlansResp getCompactionPlans(GetCompactionPlansReq request) {
        return IntrospectionOps.compactionPlans(session, Checks.checked(request, "request"));
    }

    /** @return the collection's persisted segments (GetPersistentSegmentInfo) */
    public GetPersistentSegmentInfoResp getPersistentSegmentInfo(GetPersistentSegmentInfoReq request) {
        return IntrospectionOps.persistentSegments(session, Checks.checked(request, "request"));
    }

    /** @return the collection's segments in query-node memory (GetQuerySegmentInfo) */
    public GetQuerySegmentInfoResp getQuerySegmentInfo(GetQuerySegmentInfoReq request) {
        return IntrospectionOps.querySegments(session, Checks.checked(request, "request"));
    }

    /** @return the in-memory replicas of a loaded collection, with their shards and query nodes */
    public DescribeReplicasResp describeReplicas(DescribeReplicasReq request) {
        return IntrospectionOps.describeReplicas(session, Checks.checked(request, "request"));
    }

    /** @return the server's version, e.g. {@code v2.3.5} (GetVersion; gRPC, as RESTful v2 has no route for it) */
    public String getServerVersion() {
        return UtilityOps.serverVersion(session).getVersion();
    }

    /** @return the server's version; the build details are {@code null} (see {@link GetServerVersionResp}) */
    public GetServerVersionResp getServerVersionV2(GetServerVersionReq request) {
        Checks.checked(request, "request");
        return UtilityOps.serverVersion(session);
    }

    /**
     * @return whether the server serves requests, why not, and the quota limits in force
     *     (CheckHealth; gRPC, as RESTful v2 has no route for it)
     */
    public CheckHealthResp checkHealth() {
        return UtilityOps.checkHealth(session);
    }

    /**
     * Flushes every collection of the client's database and waits until GetFlushAllState says it
     * is flushed, as the official client does (FlushAll, Milvus 2.4+; gRPC).
     *
     * @return the flush timestamp
     */
    public FlushAllResp flushAll(FlushAllReq request) {
        return UtilityOps.flushAll(session, Checks.checked(request, "request"));
    }

    /**
     * Compacts a collection and waits for its indexes and load to catch up, on a task of its own
     * (the official 2.6 client's optimize, over compact, getCompactionState, describeIndex and
     * loadCollection): with {@code async} the task comes back at once, else once it is done.
     * A {@code targetSize} is refused (INVALID_PARAMS): Partita's compaction takes none.
     *
     * @return the task, to follow its stages, cancel it or read its answer
     */
    public OptimizeTask optimize(OptimizeReq request) {
        Checks.checked(request, "request");
        session.checkDatabase(request.getDatabaseName());
        OptimizeTask task = new OptimizeTask(
                request.getCollectionName(),
                request.getDatabaseName(),
                request.getTargetSize(),
                request.getTimeout(),
                (t, collection, db, sizeMb, timeout) -> OptimizeOps.run(this, t, collection, timeout));
        if (request.getTargetSize() != null) {
            throw Checks.invalid("OptimizeReq.targetSize: Partita's compaction takes no target size; leave it unset");
        }
        task.start();
        if (!request.isAsync()) {
            task.getResult(request.getTimeout());
        }
        return task;
    }

    /** @return whether every segment older than a flushAll timestamp is flushed (GetFlushAllState; gRPC) */
    public GetFlushAllStateResp getFlushAllState(GetFlushAllStateReq request) {
        return UtilityOps.getFlushAllState(session, Checks.checked(request, "request"));
    }

    /**
     * Runs an analyzer over texts (RunAnalyzer, Milvus 2.5+; gRPC, as the reference server's RESTful v2
     * has no route for it): the analyzer of {@code analyzerParams}, or of a collection's field.
     *
     * @return one result per text, with offsets and positions when {@code withDetail}, hashes when {@code withHash}
     */
    public RunAnalyzerResp runAnalyzer(RunAnalyzerReq request) {
        return AnalyzerOps.run(session, Checks.checked(request, "request"));
    }

    // ---- lifecycle ----

    /** Closes the connection; waits at most {@code maxWaitSeconds} for nothing (calls are not tracked). */
    public void close(long maxWaitSeconds) throws InterruptedException {
        close();
    }

    /** Closes the connection; idempotent. Calls after close throw CLIENT_ERROR. */
    public void close() {
        session.v1.close();
    }

    /** @return whether the client has not been closed */
    public boolean clientIsReady() {
        try {
            session.v1
                    .hasCollection(io.partita.param.collection.HasCollectionParam.newBuilder()
                            .withCollectionName("_partita_ready_probe")
                            .build())
                    .orThrow();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
