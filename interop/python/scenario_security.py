"""Security scenario for pymilvus (2.1 and 2.6 ORM, 2.6 and 3.x MilvusClient).

    python scenario_security.py orm|client HOST:PORT PROFILE

HOST:PORT is a server started with `--auth --tls-mode 1`; the environment (set by run.sh) gives
SEC_MUTUAL (a server with `--tls-mode 2`), SEC_CERTS (ca.pem, client.pem, client.key),
SEC_ROOT_PASSWORD, SEC_USER / SEC_PASSWORD (a user whose only role grants HasPartition on
collection SEC_COLLECTION). Steps: tls_one_way, tls_mutual, tls_mutual_refused_without_cert,
rbac_allowed (has_partition), rbac_denied (create_partition: Milvus's permission error),
throttle (wrong passwords until the server's "too many failed logins" answer), login_after_lock.
Prints `STEP <name> PASS|FAIL <detail>`; exits 1 on any failure.
"""
import os
import sys
import time

import pymilvus

from common import attempt, err_text, finish, step

api, addr, profile = sys.argv[1], sys.argv[2], sys.argv[3]
mutual = os.environ["SEC_MUTUAL"]
certs = os.environ["SEC_CERTS"]
root_pw = os.environ["SEC_ROOT_PASSWORD"]
user, password, coll = os.environ["SEC_USER"], os.environ["SEC_PASSWORD"], os.environ["SEC_COLLECTION"]
CA, CERT, KEY = (os.path.join(certs, f) for f in ("ca.pem", "client.pem", "client.key"))
V21 = pymilvus.__version__.startswith("2.1.")
if V21:
    # pymilvus 2.1 has no option for a CA file: with secure=True it builds
    # grpc.ssl_channel_credentials() with no arguments (client/grpc_handler.py), so gRPC's
    # default roots apply, which GRPC_DEFAULT_SSL_ROOTS_FILE_PATH names.
    os.environ["GRPC_DEFAULT_SSL_ROOTS_FILE_PATH"] = CA


def tls_kwargs(how):
    if V21:
        return {"secure": True}
    if how == "one-way":
        return {"secure": True, "server_pem_path": CA, "server_name": "localhost"}
    if how == "mutual":  # pymilvus prefers server_pem_path over these: leave it out
        return {"secure": True, "ca_pem_path": CA, "client_pem_path": CERT, "client_key_path": KEY,
                "server_name": "localhost"}
    return {"secure": True, "ca_pem_path": CA, "server_name": "localhost"}  # mutual, no client cert


n = [0]


class Session:
    """One connection as one user; list() is a call every authenticated user may make."""

    def __init__(self, address, who, pw, how="one-way"):
        host, port = address.rsplit(":", 1)
        n[0] += 1
        self.alias = f"s{n[0]}"
        kw = tls_kwargs(how)
        if api == "client":
            from pymilvus import MilvusClient
            self.c = MilvusClient(uri=f"https://{address}", token=f"{who}:{pw}", timeout=self.timeout(how), **kw)
        else:
            from pymilvus import connections
            connections.connect(self.alias, host=host, port=port, user=who, password=pw, timeout=self.timeout(how),
                                **kw)

    @staticmethod
    def timeout(how):
        # a refused handshake is retried until the timeout: short, the refusal is certain
        return 2 if how == "no-cert" else 5

    def list(self):
        if api == "client":
            return self.c.list_collections()
        from pymilvus import utility
        return utility.list_collections(using=self.alias)

    def create_partition(self, name):
        if api == "client":
            return self.c.create_partition(coll, name)
        from pymilvus import Collection
        return Collection(coll, using=self.alias).create_partition(name)

    def has_partition(self, name):
        if api == "client":
            return self.c.has_partition(coll, name)
        from pymilvus import utility
        return utility.has_partition(coll, name, using=self.alias)


def text(e):
    """The error with its cause: pymilvus 2.4+ wraps a failed connect's gRPC error (the server's
    reason) as __cause__ of its own "Fail connecting to server" (client/grpc_handler.py)."""
    cause = getattr(e, "__cause__", None)
    details = getattr(cause, "details", None)
    return err_text(e) + (f" (cause: {details()})" if callable(details) else "")


def check(name, fn, want_ok=True, want="", value=None):
    r, e = attempt(fn)
    if want_ok:
        ok = e is None and (value is None or r == value)
        step(name, ok, f"pymilvus {pymilvus.__version__} result={r} err={text(e)}")
    else:
        step(name, e is not None and want in text(e), f"err={text(e)} (want {want!r})")
    return e


# TLS one-way (root) and mutual; a client without a certificate is refused by the mutual server.
check("tls_one_way", lambda: Session(addr, "root", root_pw).list())
if V21:
    step("tls_mutual", True, "SKIP: pymilvus 2.1 cannot present a client certificate (see docs/security.md)")
else:
    check("tls_mutual", lambda: Session(mutual, "root", root_pw, "mutual").list())
# by name, not address: pymilvus 2.6 would otherwise reuse the mutual connection above (same uri and token)
check("tls_mutual_refused_without_cert",
      lambda: Session("localhost:" + mutual.rsplit(":", 1)[1], "root", root_pw, "no-cert").list(), False, "")

# RBAC: the user's role grants HasPartition on its collection, nothing else of its own; the ORM's
# create_partition asks has_partition first, so the refusal is CreatePartition's in every API.
s, e = attempt(lambda: Session(addr, user, password))
step("login", e is None, f"user={user} err={err_text(e)}")
if s:
    check("rbac_allowed", lambda: s.has_partition("_default"), value=True)
    check("rbac_denied", lambda: s.create_partition("p_denied"), False, "PrivilegeCreatePartition: permission deny")

# Throttle: a user may fail 5 times in a row; further attempts are locked, answered without hashing.
seen = []
for i in range(12):
    _, e = attempt(lambda: Session(addr, user, "wrong-password").list())
    seen.append(text(e))
    if e is not None and "too many failed logins" in text(e):
        break
step("throttle", "too many failed logins" in seen[-1], f"after {len(seen)} wrong passwords: {seen[-1]}")
# The lock ends (1 s after the 6th failure, doubling after that); the right password then works.
deadline, e = time.time() + 70, None
while time.time() < deadline:
    _, e = attempt(lambda: Session(addr, user, password).list())
    if e is None:
        break
    time.sleep(1)
step("login_after_lock", e is None, f"err={text(e)}")
finish()
