package io.partita.server.grpc;

import static io.partita.server.grpc.ServerRpc.status;
import static io.partita.server.grpc.ServerRpc.unary;
import static io.partita.wire.MilvusServiceGrpc.getCreateCredentialMethod;
import static io.partita.wire.MilvusServiceGrpc.getDeleteCredentialMethod;
import static io.partita.wire.MilvusServiceGrpc.getListCredUsersMethod;
import static io.partita.wire.MilvusServiceGrpc.getUpdateCredentialMethod;

import io.partita.server.auth.AccessControl;
import io.partita.server.auth.CredentialException;
import io.partita.server.auth.CredentialStore;
import io.partita.server.model.EngineException;
import io.partita.server.model.ErrorCodes;
import io.partita.wire.CreateCredentialRequest;
import io.partita.wire.DeleteCredentialRequest;
import io.partita.wire.ErrorCode;
import io.partita.wire.ListCredUsersResponse;
import io.partita.wire.UpdateCredentialRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Credential RPCs. As in Milvus, clients send passwords base64-encoded; they are decoded here
 * and never logged.
 */
final class AuthRpcs {
    /** Milvus's merr code ErrNeedAuthenticate. */
    private static final int CODE_NOT_AUTHENTICATED = 1400;

    private final CredentialStore store;
    /** Null when RBAC is not served. */
    private final AccessControl access;
    /** Whether user descriptions are kept (Milvus 2.6); older servers ignore the field. */
    private final boolean descriptions;

    /**
     * @param descriptions whether CreateCredential and UpdateCredential take a user description
     *     (Milvus 2.6, milvus-io/milvus internal/proxy/impl.go); servers before 2.6 do not know the
     *     field and ignore it
     */
    AuthRpcs(CredentialStore store, AccessControl access, boolean descriptions) {
        this.store = store;
        this.access = access;
        this.descriptions = descriptions;
    }

    /** The credential RPCs' declarations. */
    List<ServerRpc<?, ?>> rpcs() {
        return List.of(
                status(getCreateCredentialMethod(), this::create),
                status(getUpdateCredentialMethod(), this::update),
                status(getDeleteCredentialMethod(), this::delete),
                unary(getListCredUsersMethod(), r -> list()));
    }

    void create(CreateCredentialRequest r) {
        String description = descriptions && r.hasDescription() ? r.getDescription() : null;
        run(
                ErrorCode.CreateCredentialFailure,
                () -> store.create(r.getUsername(), decode(r.getPassword()), description));
    }

    /**
     * Under Milvus 2.6 the new password and the description are each optional, but one must be
     * given (impl.go UpdateCredential: "must update either password or description"); a
     * description alone changes it without asking for the password.
     */
    void update(UpdateCredentialRequest r) {
        String description = descriptions && r.hasDescription() ? r.getDescription() : null;
        if (descriptions && r.getNewPassword().isEmpty()) {
            if (description == null) {
                throw EngineException.of(
                        ErrorCode.UpdateCredentialFailure.getNumber(),
                        ErrorCodes.CODE_PARAMETER_INVALID,
                        "must update either password or description: invalid parameter");
            }
            run(ErrorCode.UpdateCredentialFailure, () -> store.updateDescription(r.getUsername(), description));
            return;
        }
        run(
                ErrorCode.UpdateCredentialFailure,
                () -> store.update(
                        r.getUsername(), decode(r.getOldPassword()), decode(r.getNewPassword()), description));
    }

    void delete(DeleteCredentialRequest r) {
        run(ErrorCode.DeleteCredentialFailure, () -> store.delete(r.getUsername()));
        if (access != null) {
            access.forgetUser(r.getUsername());
        }
    }

    ListCredUsersResponse list() {
        return ListCredUsersResponse.newBuilder()
                .setStatus(Statuses.SUCCESS)
                .addAllUsernames(store.listUsers())
                .build();
    }

    private interface CredentialAction {
        void run() throws CredentialException;
    }

    private static void run(ErrorCode legacy, CredentialAction action) {
        try {
            action.run();
        } catch (CredentialException e) {
            // merr's forms (pkg/util/merr): "<why>: invalid parameter" (1100) and, for a wrong
            // old password, "<why>: not authenticated" (1400, ErrNeedAuthenticate)
            if (e.kind() == CredentialException.Kind.INVALID_ARGUMENT) {
                throw EngineException.of(
                        legacy.getNumber(), ErrorCodes.CODE_PARAMETER_INVALID, e.getMessage() + ": invalid parameter");
            }
            if (e.kind() == CredentialException.Kind.DENIED && legacy == ErrorCode.UpdateCredentialFailure) {
                throw EngineException.of(
                        legacy.getNumber(), CODE_NOT_AUTHENTICATED, e.getMessage() + ": not authenticated");
            }
            throw EngineException.of(legacy.getNumber(), ErrorCodes.CODE_UNEXPECTED, e.getMessage());
        }
    }

    private static String decode(String base64) {
        try {
            return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw Statuses.invalid("password must be base64-encoded");
        }
    }
}
