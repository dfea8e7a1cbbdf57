package io.partita.server.grpc;

import com.google.protobuf.Descriptors;
import io.grpc.ServerInterceptors;
import io.grpc.ServerServiceDefinition;
import io.partita.server.auth.AccessControl;
import io.partita.server.auth.CredentialStore;
import io.partita.server.engine.Engine;
import io.partita.server.metrics.ServerMetrics;
import io.partita.server.model.EngineException;
import io.partita.server.model.Profile;
import io.partita.wire.MilvusProto;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The {@code milvus.proto.milvus.MilvusService} face of the reference server, assembled from the
 * RPC declarations of the area classes ({@link ServerRpc}, one line per RPC): each RPC is
 * translated by its area's class into one {@link Engine} call, and the answer back. Business
 * errors travel as {@code common.Status} inside a successful call; RPCs not declared answer
 * {@code UNIMPLEMENTED} naming the RPC (see {@link #definition()}). The HTTP API serves the same
 * declarations in-process ({@link #rpcs()}).
 *
 * <p>Thread-safe: it holds no per-call state. It does not own the engine or the credential store.
 */
public final class MilvusServiceAdapter {
    /**
     * The service as milvus.proto declares it. Not {@code MilvusServiceGrpc.getServiceDescriptor()}: that
     * one initialises the message classes of every RPC, served or not, which is most of the start-up.
     */
    static final Descriptors.ServiceDescriptor SERVICE =
            MilvusProto.getDescriptor().findServiceByName("MilvusService");

    private final List<ServerRpc<?, ?>> rpcs;
    private final ClientSdks clientSdks;

    /**
     * @param engine the engine every RPC is translated to
     * @param profile the lifecycle profile, for the version reported to clients
     * @param credentials the user store behind the credential RPCs
     */
    public MilvusServiceAdapter(Engine engine, Profile profile, CredentialStore credentials) {
        this(engine, profile, credentials, null, false);
    }

    /**
     * @param engine the engine every RPC is translated to
     * @param profile the lifecycle profile, for the version reported to clients
     * @param credentials the user store behind the credential RPCs
     * @param access the roles and grants behind the RBAC RPCs (served from profile milvus-2.3 on,
     *     as Milvus has them since 2.2); null: not served
     * @param enforce whether every call is checked against {@code access} (authentication on)
     */
    public MilvusServiceAdapter(
            Engine engine, Profile profile, CredentialStore credentials, AccessControl access, boolean enforce) {
        List<ServerRpc<?, ?>> all = new ArrayList<>();
        // Milvus 2.4+ filters ShowCollections and ListDatabases by the caller's grants (rootcoord's
        // show_collection_task.go and list_db_task.go); 2.3 listed everything to everyone
        AccessControl filter = enforce && profile == Profile.MILVUS_2_6 ? access : null;
        all.addAll(new CollectionRpcs(engine).filteringCollectionsBy(filter).rpcs());
        all.addAll(new PartitionRpcs(engine).rpcs());
        all.addAll(new AliasRpcs(engine).rpcs());
        all.addAll(new IndexRpcs(engine).rpcs());
        DmlRpcs dml = new DmlRpcs(engine);
        all.addAll(dml.rpcs());
        // search by keys (2.6.9+), highlighting (2.6.8+), storage cost
        all.addAll(new SearchRpcs(engine, profile == Profile.MILVUS_2_6).rpcs());
        all.addAll(new InfoRpcs(engine, profile).filteringDatabasesBy(filter).rpcs());
        // user descriptions: Milvus 2.6
        all.addAll(new AuthRpcs(credentials, access, profile == Profile.MILVUS_2_6).rpcs());
        if (profile != Profile.MILVUS_2_1) {
            all.addAll(new ResourceGroupRpcs(engine).rpcs()); // Milvus 2.1 had none: UNIMPLEMENTED there
            all.addAll(new DatabaseRpcs(engine).rpcs()); // nor these (2.2.9+)
            all.addAll(new CollectionRpcs(engine).since22()); // nor AlterCollection, RenameCollection
            if (profile == Profile.MILVUS_2_6) {
                all.addAll(new CollectionRpcs(engine).since26()); // AddCollectionField: 2.6 only
                all.addAll(new CollectionFunctionRpcs(engine).rpcs()); // Add/Alter/DropCollectionFunction: 2.6
                all.addAll(new TextRpcs(engine).rpcs()); // RunAnalyzer: Milvus 2.5+
                all.addAll(dml.flushAllRpcs()); // FlushAll, GetFlushAllState: Milvus 2.4+
                all.addAll(new IndexRpcs(engine).since24()); // AlterIndex: Milvus 2.4+
            }
            if (access != null) {
                all.addAll(new RbacRpcs(access, credentials).rpcs()); // nor RBAC (2.2+)
                if (profile == Profile.MILVUS_2_6) {
                    all.addAll(new RbacRpcs(access, credentials).since25()); // 2.3 had no RBAC backup
                    all.addAll(new RbacRpcs(access, credentials).since26()); // nor AlterRole (2.6)
                }
            }
        }
        all.addAll(UnimplementedRpcs.routed(all.stream().map(ServerRpc::name).collect(Collectors.toSet())));
        Predicate<String> databaseExists = db -> Databases.isDefault(db) || exists(engine, db);
        // Milvus 2.1 had no RBAC: under that profile every authenticated user may do everything
        boolean rbac = enforce && access != null && profile != Profile.MILVUS_2_1;
        PrivilegeGuard guard = rbac ? new PrivilegeGuard(access) : null;
        this.rpcs = all.stream()
                .<ServerRpc<?, ?>>map(r -> r.inDatabases(databaseExists).guardedBy(guard))
                .toList();
        this.clientSdks = new ClientSdks(profile);
    }

    private static boolean exists(Engine engine, String db) {
        try {
            engine.describeDatabase(db);
            return true;
        } catch (EngineException e) {
            return false;
        }
    }

    /**
     * The service to register: every declared RPC, UNIMPLEMENTED answers naming every other RPC,
     * and the {@code dbname} header read for the database check. Each call builds a new
     * definition; it fails fast on a declaration naming an RPC twice.
     */
    public ServerServiceDefinition definition() {
        return definition(RequestBudget.forMessagesUpTo(256L << 20));
    }

    /** {@link #definition()} with the request bytes in flight bounded by {@code budget}. */
    public ServerServiceDefinition definition(RequestBudget budget) {
        return ServerInterceptors.intercept(
                GrpcBinding.build(SERVICE, rpcs, budget), Databases.INTERCEPTOR, clientSdks.interceptor());
    }

    /** {@link #definition(RequestBudget)} with every call counted and timed in {@code metrics}. */
    public ServerServiceDefinition definition(RequestBudget budget, ServerMetrics metrics) {
        return ServerInterceptors.intercept(definition(budget), new GrpcMetrics(metrics));
    }

    /** Every declaration, served or not (those not served carry the HTTP routes that answer 501). */
    public List<ServerRpc<?, ?>> rpcs() {
        return rpcs;
    }

    /** @return the declaration of the RPC with this bare name, e.g. {@code ReleasePartitions} */
    public Optional<ServerRpc<?, ?>> find(String rpc) {
        return rpcs.stream().filter(r -> r.name().equals(rpc)).findFirst();
    }
}
