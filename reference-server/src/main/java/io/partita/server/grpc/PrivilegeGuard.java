package io.partita.server.grpc;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import io.grpc.Status;
import io.partita.server.auth.AccessControl;
import io.partita.server.auth.Caller;
import io.partita.server.auth.CredentialStore;
import io.partita.server.auth.Privileges;
import io.partita.wire.CommonProto;
import io.partita.wire.PrivilegeExt;
import io.partita.wire.SelectGrantRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The privilege check every served RPC passes when authentication is on, on both ports (the HTTP
 * port calls the same declarations). What each RPC needs is read from its request type's
 * {@code common.privilege_ext_obj} option in milvus.proto (object type, privilege, the field
 * number holding the object name), as Milvus's proxy reads it (funcutil.GetPrivilegeExtObj);
 * RPCs without the option (Connect, ShowCollections, …) are open to every user. A refusal is gRPC
 * {@code PERMISSION_DENIED} with Milvus's text, {@code PrivilegeLoad: permission deny to alice in
 * the `default` database} (internal/proxy/privilege_interceptor.go). Thread-safe.
 */
final class PrivilegeGuard {
    private static final PrivilegeExt NONE = PrivilegeExt.getDefaultInstance();

    private final AccessControl access;
    private final Map<Descriptor, PrivilegeExt> byType = new ConcurrentHashMap<>();

    PrivilegeGuard(AccessControl access) {
        this.access = access;
    }

    /**
     * Refuses the call unless its user may make it.
     *
     * @param db the database the call runs in
     * @throws io.grpc.StatusRuntimeException PERMISSION_DENIED naming the privilege, user and database
     */
    void check(Message request, String db) {
        String user = Caller.current();
        if (user == null || CredentialStore.ROOT_USER.equals(user)) {
            return;
        }
        PrivilegeExt ext = byType.computeIfAbsent(request.getDescriptorForType(), PrivilegeGuard::extOf);
        if (ext == NONE) {
            return;
        }
        String type = ext.getObjectType().name();
        String privilege = ext.getObjectPrivilege().name();
        String name = objectName(request, ext.getObjectNameIndex());
        if (type.equals("User") && user.equals(name)) {
            return; // users may read and change their own entry (isCurUserObject)
        }
        if (request instanceof SelectGrantRequest s
                && holds(user, s.getEntity().getRole().getName())) {
            return; // and list the grants of their own roles (isSelectMyRoleGrants)
        }
        String api = Privileges.apiName(privilege);
        if (ext.getObjectNameIndex() != 0 && access.permits(user, type, name, db, api)) {
            return;
        }
        if (ext.getObjectNameIndexs() != 0) {
            List<String> names = objectNames(request, ext.getObjectNameIndexs());
            if (!names.isEmpty() && names.stream().allMatch(n -> access.permits(user, type, n, db, api))) {
                return;
            }
        }
        throw Status.PERMISSION_DENIED
                .withDescription(privilege + ": permission deny to " + user + " in the `" + db + "` database")
                .asRuntimeException();
    }

    private boolean holds(String user, String role) {
        return AccessControl.PUBLIC.equals(role) || access.rolesOf(user).contains(role);
    }

    private static PrivilegeExt extOf(Descriptor type) {
        return type.getOptions().hasExtension(CommonProto.privilegeExtObj)
                ? type.getOptions().getExtension(CommonProto.privilegeExtObj)
                : NONE;
    }

    /** Milvus's funcutil.GetObjectName: {@code *} for an index ≤ 0, a message field's {@code name}. */
    private static String objectName(Message request, int index) {
        if (index <= 0) {
            return AccessControl.ANY;
        }
        FieldDescriptor f = request.getDescriptorForType().findFieldByNumber(index);
        if (f == null || f.isRepeated()) {
            return "";
        }
        Object v = request.getField(f);
        if (v instanceof Message m) {
            FieldDescriptor n = m.getDescriptorForType().findFieldByName("name");
            return n == null ? "" : String.valueOf(m.getField(n));
        }
        return String.valueOf(v);
    }

    private static List<String> objectNames(Message request, int index) {
        FieldDescriptor f = request.getDescriptorForType().findFieldByNumber(index);
        List<String> out = new ArrayList<>();
        if (f != null && f.isRepeated() && f.getJavaType() == FieldDescriptor.JavaType.STRING) {
            for (int i = 0; i < request.getRepeatedFieldCount(f); i++) {
                out.add((String) request.getRepeatedField(f, i));
            }
        }
        return out;
    }
}
