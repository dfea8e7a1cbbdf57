package io.partita.grpc;

import io.partita.transport.Operation;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The operation → codec map of the gRPC transport, filled once by the per-area codec classes and
 * read-only afterwards (safe to share between threads once built).
 */
final class CodecTable {
    private final Map<Operation<?, ?>, Codec<?, ?>> codecs = new IdentityHashMap<>();

    /** Registers the codec of one operation; an operation is registered at most once. */
    <P, T> CodecTable put(Operation<P, T> operation, Codec<P, T> codec) {
        if (codecs.putIfAbsent(operation, codec) != null) {
            throw new IllegalStateException("codec for " + operation + " registered twice");
        }
        return this;
    }

    /** @return the codec of the operation, or {@code null} when none is registered */
    @SuppressWarnings("unchecked")
    <P, T> Codec<P, T> get(Operation<P, T> operation) {
        return (Codec<P, T>) codecs.get(operation);
    }

    /** @return the table with every operation this transport supports */
    static CodecTable standard() {
        CodecTable t = new CodecTable();
        CollectionCodecs.register(t);
        CollectionSchemaCodecs.register(t);
        PartitionCodecs.register(t);
        AliasCodecs.register(t);
        DatabaseCodecs.register(t);
        ResourceGroupCodecs.register(t);
        RoleCodecs.register(t);
        PrivilegeGroupCodecs.register(t);
        IndexCodecs.register(t);
        DmlCodecs.register(t);
        SearchCodecs.register(t);
        InfoCodecs.register(t);
        TextCodecs.register(t);
        CredentialCodecs.register(t);
        return t;
    }
}
