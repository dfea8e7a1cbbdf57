package io.partita.server.grpc;

import com.google.protobuf.Descriptors;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import io.grpc.MethodDescriptor;
import io.grpc.protobuf.ProtoMethodDescriptorSupplier;
import io.partita.server.engine.DatabaseScope;
import io.partita.server.model.EngineException;
import io.partita.wire.Status;
import io.partita.wire.catalogue.RpcCatalogue;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One RPC of {@code MilvusService}, declared once: the generated {@link MethodDescriptor} (name
 * and message types) and the area method that handles it. Its route on Milvus 2.1's HTTP API, where
 * that API has one, is read by name from the RPC catalogue ({@link RpcCatalogue}, the file the SDK
 * reads too). The gRPC service definition ({@link GrpcBinding}), the failure answers
 * ({@link Failures}), the default-database check ({@link Databases}) and the HTTP route table are
 * all derived from these declarations.
 *
 * <p>{@link #answer} always answers: the handler's response; for an {@link EngineException}, the
 * response carrying its Status; for any other exception, the response carrying UnexpectedError,
 * logged as one WARN line. Immutable and thread-safe (handlers are).
 *
 * @param <Q> the request message type
 * @param <A> the response message type
 */
public final class ServerRpc<Q extends Message, A extends Message> {
    private static final Logger LOG = LoggerFactory.getLogger(ServerRpc.class);
    /** RPCs whose {@code db_name} names the database they act on, not the one they run in. */
    private static final Set<String> NAMING_A_DATABASE = Set.of("CreateDatabase", "DropDatabase", "OperatePrivilegeV2");

    private final MethodDescriptor<Q, A> method;
    private final Function<Q, A> handler;
    private final List<HttpRoute> routes;
    private final Q requestPrototype;
    private final FieldDescriptor dbName;
    private final Function<Status, A> failure;
    private final Predicate<String> databaseExists;
    /** Null when authentication is off: every call may do everything. */
    private final PrivilegeGuard guard;

    private ServerRpc(MethodDescriptor<Q, A> method, Function<Q, A> handler) {
        this(method, handler, catalogueRoutes(method.getBareMethodName()), Databases::isDefault, null);
    }

    private ServerRpc(
            MethodDescriptor<Q, A> method,
            Function<Q, A> handler,
            List<HttpRoute> routes,
            Predicate<String> databaseExists,
            PrivilegeGuard guard) {
        this.method = method;
        this.handler = handler;
        this.routes = List.copyOf(routes);
        this.databaseExists = databaseExists;
        this.guard = guard;
        this.requestPrototype = prototype(method.getRequestMarshaller());
        // The message types' descriptors come from the proto file's service, not from the messages: a generated
        // message's getDescriptorForType() initialises its reflection accessors, which loads its Builder and every
        // field type's classes (about half the protocol classes at start-up, for ~60 RPCs a test never calls).
        Descriptors.MethodDescriptor types = protoMethod(method);
        this.dbName = NAMING_A_DATABASE.contains(method.getBareMethodName()) ? null : dbNameField(types.getInputType());
        // an RPC not served never fails with a Status (some, like Dummy, answer none)
        this.failure = handler == null
                ? null
                : Failures.of(name(), prototype(method.getResponseMarshaller()), types.getOutputType());
    }

    /** An RPC answering a response message built by {@code handler}. */
    static <Q extends Message, A extends Message> ServerRpc<Q, A> unary(
            MethodDescriptor<Q, A> method, Function<Q, A> handler) {
        return new ServerRpc<>(method, handler);
    }

    /** An RPC answering a bare {@code common.Status}: success when {@code body} returns. */
    static <Q extends Message> ServerRpc<Q, Status> status(MethodDescriptor<Q, Status> method, Consumer<Q> body) {
        return new ServerRpc<>(method, r -> {
            body.accept(r);
            return Statuses.SUCCESS;
        });
    }

    /** An RPC the server does not implement but Milvus 2.1's HTTP API routes: the route answers 501. */
    static <Q extends Message, A extends Message> ServerRpc<Q, A> unserved(MethodDescriptor<Q, A> method) {
        return new ServerRpc<>(method, null);
    }

    /** The RPC's Milvus 2.1 HTTP route, read from the shared catalogue (none where that API had none). */
    private static List<HttpRoute> catalogueRoutes(String name) {
        return RpcCatalogue.find(name)
                .filter(rpc -> rpc.httpPath().isPresent())
                .map(rpc -> List.of(
                        new HttpRoute(rpc.httpMethod().get(), rpc.httpPath().get())))
                .orElse(List.of());
    }

    /** This declaration, running in databases that exist by {@code databaseExists} (default: only {@code default}). */
    ServerRpc<Q, A> inDatabases(Predicate<String> databaseExists) {
        return new ServerRpc<>(method, handler, routes, databaseExists, guard);
    }

    /** This declaration, refusing callers without the privilege it needs ({@code guard} null: none). */
    ServerRpc<Q, A> guardedBy(PrivilegeGuard guard) {
        return new ServerRpc<>(method, handler, routes, databaseExists, guard);
    }

    /** The RPC's bare name, e.g. {@code ReleasePartitions}. */
    public String name() {
        return method.getBareMethodName();
    }

    /** The generated method descriptor. */
    public MethodDescriptor<Q, A> method() {
        return method;
    }

    /** Routes on Milvus 2.1's HTTP API, from the RPC catalogue; empty when that API has none (gRPC only). */
    public List<HttpRoute> routes() {
        return routes;
    }

    /** The request type's default instance, to parse a request into. */
    public Q requestPrototype() {
        return requestPrototype;
    }

    /** Whether the server implements this RPC. */
    public boolean served() {
        return handler != null;
    }

    /**
     * Runs the RPC in-process.
     *
     * @throws io.grpc.StatusRuntimeException UNIMPLEMENTED when the server does not serve it,
     *     PERMISSION_DENIED when authentication is on and the caller lacks the privilege
     */
    public A answer(Q request) {
        if (handler == null) {
            // grpc-java's own wording for an unimplemented method
            throw io.grpc.Status.UNIMPLEMENTED
                    .withDescription("Method " + method.getFullMethodName() + " is unimplemented")
                    .asRuntimeException();
        }
        String db = Databases.effective(dbName == null ? "" : (String) request.getField(dbName));
        if (guard != null) {
            guard.check(request, db); // PERMISSION_DENIED travels as a gRPC status, as in Milvus
        }
        try {
            if (!databaseExists.test(db)) {
                throw Databases.notFound(db);
            }
            return DatabaseScope.in(db, () -> handler.apply(request));
        } catch (EngineException e) {
            return failure.apply(Statuses.of(ClientSdks.hinted(e)));
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("{} failed unexpectedly: {}", name(), e.toString());
            LOG.debug("{} failure detail", name(), e);
            return failure.apply(Statuses.unexpected());
        }
    }

    /** The response of this RPC carrying {@code e}'s Status: a refusal made before the handler runs. */
    A failed(EngineException e) {
        return failure.apply(Statuses.of(e));
    }

    /** {@link #answer} for a request known only as a {@link Message} of this RPC's request type. */
    @SuppressWarnings("unchecked")
    public Message answerMessage(Message request) {
        if (request.getDescriptorForType() != requestPrototype.getDescriptorForType()) {
            throw new IllegalArgumentException(name() + " takes "
                    + requestPrototype.getDescriptorForType().getFullName() + ", not "
                    + request.getDescriptorForType().getFullName());
        }
        return answer((Q) request);
    }

    /**
     * The request's database field: {@code db_name} in most requests, {@code dbName} in
     * GetQuerySegmentInfo and GetPersistentSegmentInfo (as milvus.proto spells them); null when
     * the request names no database.
     */
    private static FieldDescriptor dbNameField(Descriptors.Descriptor request) {
        for (String name : List.of("db_name", "dbName")) {
            FieldDescriptor f = request.findFieldByName(name);
            if (f != null && !f.isRepeated() && f.getJavaType() == FieldDescriptor.JavaType.STRING) {
                return f;
            }
        }
        return null;
    }

    /** The method as the proto file declares it (its message types), from gRPC's schema descriptor. */
    private static Descriptors.MethodDescriptor protoMethod(MethodDescriptor<?, ?> method) {
        if (method.getSchemaDescriptor() instanceof ProtoMethodDescriptorSupplier s) {
            return s.getMethodDescriptor();
        }
        throw new IllegalArgumentException("not a generated protobuf method: " + method.getFullMethodName());
    }

    @SuppressWarnings("unchecked")
    private static <T> T prototype(MethodDescriptor.Marshaller<T> marshaller) {
        if (marshaller instanceof MethodDescriptor.PrototypeMarshaller<?> p) {
            return (T) p.getMessagePrototype();
        }
        throw new IllegalArgumentException("not a protobuf marshaller: " + marshaller);
    }
}
