package io.partita.server.http;

import com.google.protobuf.Message;
import io.partita.server.grpc.ServerRpc;

/**
 * One route of the HTTP API: an HTTP method and path under {@code /api/v1}, bound to the RPC
 * declaration that names it ({@link ServerRpc#routes()}). Immutable.
 *
 * @param method HTTP method, upper case
 * @param path path below {@code /api/v1}, e.g. {@code /partitions/load}
 * @param target the RPC the route calls
 */
record Route(String method, String path, ServerRpc<?, ?> target) {

    /** The RPC's name, e.g. {@code ReleasePartitions}. */
    String rpc() {
        return target.name();
    }

    /** The default instance of the RPC's request message. */
    Message prototype() {
        return target.requestPrototype();
    }

    /**
     * Calls the RPC in-process and returns its answer: the very same declaration gRPC serves, so
     * no rule exists twice.
     *
     * @throws io.grpc.StatusRuntimeException UNIMPLEMENTED when the server does not serve the RPC
     */
    Message call(Message request) {
        return target.answerMessage(request);
    }
}
