package io.partita.server.grpc;

import static io.partita.server.grpc.ServerRpc.status;
import static io.partita.wire.MilvusServiceGrpc.getAddCollectionFunctionMethod;
import static io.partita.wire.MilvusServiceGrpc.getAlterCollectionFunctionMethod;
import static io.partita.wire.MilvusServiceGrpc.getDropCollectionFunctionMethod;

import io.partita.server.engine.Engine;
import io.partita.server.model.CollectionSchema;
import io.partita.server.model.EngineException;
import io.partita.server.model.ErrorCodes;
import io.partita.server.model.FieldSchema;
import io.partita.wire.AddCollectionFunctionRequest;
import io.partita.wire.AlterCollectionFunctionRequest;
import io.partita.wire.DropCollectionFunctionRequest;
import io.partita.wire.FunctionSchema;
import io.partita.wire.FunctionType;
import java.util.List;

/**
 * AddCollectionFunction, AlterCollectionFunction and DropCollectionFunction (Milvus 2.6), with the
 * proxy's rules and texts (milvus-io/milvus 2.6 internal/proxy/task_function.go:
 * {@code addCollectionFunctionTask}, {@code alterCollectionFunctionTask},
 * {@code dropCollectionFunctionTask} {@code PreExecute}/{@code Execute}). Their refusals are plain
 * Go errors there, so they answer code 65535 (legacy UnexpectedError); the function checks are
 * {@code validateFunction}'s, whose one home is {@link SchemaCodec#functions}.
 *
 * <p>What can change: Milvus 2.6 refuses to add, alter or drop a BM25 function through these calls,
 * and every other function type (a text embedding) needs a model provider, which the reference
 * server does not have (its schema rules refuse them, as at CreateCollection). So an add or an
 * alter is always refused here, with the first text Milvus would answer; dropping a function the
 * collection does not have succeeds and changes nothing, as in Milvus.
 */
final class CollectionFunctionRpcs {
    private final Engine engine;

    CollectionFunctionRpcs(Engine engine) {
        this.engine = engine;
    }

    /** The three RPCs' declarations: milvus-2.6 only (UNIMPLEMENTED on the older profiles). */
    List<ServerRpc<?, ?>> rpcs() {
        return List.of(
                status(getAddCollectionFunctionMethod(), this::add),
                status(getAlterCollectionFunctionMethod(), this::alter),
                status(getDropCollectionFunctionMethod(), this::drop));
    }

    void add(AddCollectionFunctionRequest r) {
        if (!r.hasFunctionSchema()) {
            throw unexpected("Function Schema is empty");
        }
        if (r.getFunctionSchema().getType() == FunctionType.BM25) {
            throw unexpected("Currently does not support adding BM25 function");
        }
        CollectionSchema schema =
                engine.describeCollection(r.getCollectionName()).schema();
        validate(schema, SchemaCodec.toWire(schema).toBuilder().addFunctions(r.getFunctionSchema()));
    }

    void alter(AlterCollectionFunctionRequest r) {
        if (!r.hasFunctionSchema()) {
            throw unexpected("Function Schema is empty");
        }
        if (r.getFunctionSchema().getType() == FunctionType.BM25) {
            throw unexpected("Currently does not support alter BM25 function");
        }
        if (!r.getFunctionName().equals(r.getFunctionSchema().getName())) {
            throw unexpected("Invalid function config, name not match");
        }
        CollectionSchema schema =
                engine.describeCollection(r.getCollectionName()).schema();
        io.partita.wire.CollectionSchema.Builder wire = SchemaCodec.toWire(schema).toBuilder();
        boolean found = false;
        for (int i = 0; i < wire.getFunctionsCount(); i++) {
            FunctionSchema f = wire.getFunctions(i);
            if (f.getName().equals(r.getFunctionName())) {
                if (f.getType() == FunctionType.BM25) {
                    throw unexpected("Currently does not support alter BM25 function");
                }
                wire.setFunctions(i, r.getFunctionSchema());
                found = true;
            }
        }
        if (!found) {
            throw unexpected("Function " + r.getFunctionName() + " not found");
        }
        validate(schema, wire);
    }

    void drop(DropCollectionFunctionRequest r) {
        CollectionSchema schema =
                engine.describeCollection(r.getCollectionName()).schema();
        for (FieldSchema f : schema.fields()) {
            if (r.getFunctionName().equals(f.typeParams().get(FieldSchema.FUNCTION_NAME))) {
                // every function the reference server keeps is a BM25 function
                throw unexpected("Currently does not support droping BM25 function");
            }
        }
        // a function the collection does not have: Milvus answers success and changes nothing
    }

    /**
     * The new function list checked as Milvus's {@code validateFunction} checks it; a function that
     * passes is a BM25 function, which the checks above already refused, so nothing is stored.
     */
    private static void validate(CollectionSchema schema, io.partita.wire.CollectionSchema.Builder wire) {
        try {
            SchemaCodec.functions(wire.build(), schema.fields());
        } catch (EngineException e) {
            throw unexpected(e.reason());
        }
    }

    private static EngineException unexpected(String reason) {
        return EngineException.of(ErrorCodes.UNEXPECTED_ERROR, ErrorCodes.CODE_UNEXPECTED, reason);
    }
}
