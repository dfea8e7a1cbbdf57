package io.partita.server.grpc;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import io.partita.wire.Status;
import java.util.function.Function;

/**
 * The failure answer of any RPC, derived from its response type: every Milvus response either is
 * {@code common.Status} or carries one in a field named {@code status}, set here through the
 * protobuf descriptor. So no RPC needs a hand-written failure factory.
 */
final class Failures {
    private Failures() {}

    /**
     * @param rpc the RPC name, for the error when the type has no status
     * @param prototype the response type's default instance
     * @param type the response type's descriptor (read from the proto file, so that nothing of the message's
     *     reflection is initialised before a failure is answered)
     * @return a function building that response from a failure {@code Status}
     * @throws IllegalArgumentException when the response type carries no {@code common.Status}
     */
    @SuppressWarnings("unchecked")
    static <A extends Message> Function<Status, A> of(String rpc, A prototype, Descriptor type) {
        if (prototype instanceof Status) {
            return s -> (A) s;
        }
        FieldDescriptor field = type.findFieldByName("status");
        if (field == null
                || field.getJavaType() != FieldDescriptor.JavaType.MESSAGE
                || !field.getMessageType()
                        .getFullName()
                        .equals(Status.getDescriptor().getFullName())) {
            throw new IllegalArgumentException(
                    rpc + " answers " + type.getFullName() + ", which has no common.Status field named status");
        }
        return s -> (A) prototype.newBuilderForType().setField(field, s).build();
    }
}
