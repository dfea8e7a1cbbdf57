"""A logging gRPC pass-through: records which RPCs a client calls.

    python grpc_tap.py LISTEN_PORT UPSTREAM_HOST:PORT LOGFILE

Listens on 127.0.0.1:LISTEN_PORT, forwards every unary call byte-for-byte
(metadata included) to the upstream and appends one line per call to LOGFILE:
`<method> <grpc status> <bytes in> <bytes out>`. All MilvusService RPCs are
unary, which is all this needs. Used to list the RPCs each official client
issues at connect time (see ORACLE.md).
"""
import sys
import threading
from concurrent import futures

import grpc

_SKIP_METADATA = {"user-agent", "grpc-accept-encoding", "grpc-encoding", "te", "content-type"}


class Tap(grpc.GenericRpcHandler):
    def __init__(self, upstream, logfile):
        self._channel = grpc.insecure_channel(
            upstream,
            options=[("grpc.max_send_message_length", 512 << 20),
                     ("grpc.max_receive_message_length", 512 << 20)])
        self._log = open(logfile, "a", buffering=1)
        self._lock = threading.Lock()

    def _write(self, line):
        with self._lock:
            self._log.write(line + "\n")

    def service(self, details):
        method = details.method
        call = self._channel.unary_unary(method)

        def forward(request, context):
            md = [(k, v) for k, v in context.invocation_metadata() if k not in _SKIP_METADATA]
            remaining = context.time_remaining()
            # No client deadline shows up as a huge number; pass "none" on.
            timeout = remaining if remaining is not None and remaining < 86400 else None
            try:
                response = call(request, metadata=md, timeout=timeout)
            except grpc.RpcError as e:
                self._write(f"{method} {e.code().name} {len(request)} -")
                context.abort(e.code(), e.details() or "")
            self._write(f"{method} OK {len(request)} {len(response)}")
            return response

        return grpc.unary_unary_rpc_method_handler(forward)


def main():
    port, upstream, logfile = sys.argv[1], sys.argv[2], sys.argv[3]
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=8),
                         options=[("grpc.max_send_message_length", 512 << 20),
                                  ("grpc.max_receive_message_length", 512 << 20),
                                  ("grpc.so_reuseport", 0)])
    server.add_generic_rpc_handlers((Tap(upstream, logfile),))
    server.add_insecure_port(f"127.0.0.1:{port}")  # fails if taken (so_reuseport off)
    server.start()
    print(f"tap 127.0.0.1:{port} -> {upstream}, log {logfile}", flush=True)
    server.wait_for_termination()


if __name__ == "__main__":
    main()
