"""Shared helpers for the Python interop scenarios: STEP lines and rule checks."""
import os
import re
import sys

NOT_LOADED = re.compile(r"not (been )?loaded")
_failed = []


def args():
    """(host, port, profile) from argv[1] HOST:PORT / argv[2] PROFILE or env."""
    addr = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("MILVUS_ADDR", "127.0.0.1:19530")
    profile = sys.argv[2] if len(sys.argv) > 2 else os.environ.get("PROFILE", "milvus-2.1")
    host, port = addr.rsplit(":", 1)
    return host, port, profile


def step(name, ok, detail=""):
    if not ok:
        _failed.append(name)
    print(f"STEP {name} {'PASS' if ok else 'FAIL'} {str(detail)}".replace("\n", " "), flush=True)


def err_text(e):
    if e is None:
        return "None"
    code = getattr(e, "code", None)
    msg = getattr(e, "message", None) or str(e)
    return f"{type(e).__name__}(code={code}) {msg}"


def attempt(fn):
    """Run fn; return (result, exception)."""
    try:
        return fn(), None
    except Exception as e:  # the SDKs raise several exception types
        return None, e


def expect_rule(name, profile, exc, *want21):
    """milvus-2.1: the call must fail with one of want21; milvus-2.3: succeed."""
    if profile == "milvus-2.1":
        ok = exc is not None and any(w in err_text(exc) for w in want21)
        step(name, ok, f"err={err_text(exc)} (want one of {list(want21)})")
    else:
        step(name, exc is None, f"err={err_text(exc)} (want success)")


def finish():
    sys.exit(1 if _failed else 0)
