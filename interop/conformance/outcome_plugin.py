"""pytest plugin for the conformance runner: one JSON line per test, with its first cause.

Loaded with ``-p outcome_plugin`` (run.sh puts this folder on PYTHONPATH); the vendored Milvus
tests stay unmodified. Writes to the file named by ``CONFORMANCE_OUT`` (appends):

    {"id": "testcases/test_partition.py::TestX::test_y[a]", "outcome": "passed|failed|error|skipped",
     "seconds": 1.23, "cause": "first line of the failure, normalised",
     "unimplemented": {"SelectRole": [calls, seconds]}, "rpc_seconds": 0.4}

``outcome`` follows pytest's counting: a failure in setup or teardown is an error, a failure in the
test body a failure, an xfail a skip and an xpass a pass. ``unimplemented`` counts the gRPC calls the
server answered UNIMPLEMENTED during the test's setup, body and teardown (class fixtures included,
so a class's first and last test carry its setup_class/teardown_class calls) and the wall time they
took; the runner adds them up to show what every test pays for an RPC the server lacks.
"""

import json
import os
import re
import time

import grpc
import pytest
from grpc import _channel

_current = None  # the test now running: {"unimplemented": {...}, "rpc_seconds": float}


def _method_name(callable_):
    method = getattr(callable_, "_method", b"")
    if isinstance(method, bytes):
        method = method.decode("utf-8", "replace")
    return method.rsplit("/", 1)[-1]


def _record(callable_, started, error):
    if _current is None:
        return
    took = time.monotonic() - started
    _current["rpc_seconds"] += took
    code = error.code() if isinstance(error, grpc.RpcError) and hasattr(error, "code") else None
    if code == grpc.StatusCode.UNIMPLEMENTED:
        entry = _current["unimplemented"].setdefault(_method_name(callable_), [0, 0.0])
        entry[0] += 1
        entry[1] += took


def _timed(original):
    def wrapper(self, *args, **kwargs):
        started = time.monotonic()
        try:
            result = original(self, *args, **kwargs)
        except grpc.RpcError as error:
            _record(self, started, error)
            raise
        _record(self, started, None)
        return result

    return wrapper


def _timed_future(original):
    def wrapper(self, *args, **kwargs):
        started = time.monotonic()
        future = original(self, *args, **kwargs)

        def done(f):
            error = f.exception() if not f.cancelled() else None
            _record(self, started, error)

        future.add_done_callback(done)
        return future

    return wrapper


_unary = _channel._UnaryUnaryMultiCallable
_unary.__call__ = _timed(_unary.__call__)
_unary.with_call = _timed(_unary.with_call)
_unary.future = _timed_future(_unary.future)

# A failure that only says "the API call failed" points at the logged exception instead.
_GENERIC = re.compile(r"Response of API \S+ expect True, but got False|^assert False$|^AssertionError$")
# pymilvus's exceptions print as <MilvusException: (code=1100, message=...)>, <DataNotMatchException: ...>.
_MILVUS = re.compile(r"<(\w+Exception): \(code=(-?\d+), message=(.*)\)>")
_DETAILS = re.compile(r'details = "(.*)"')
# cf.gen_unique_str and gen_collection_name_by_testcase_name: a name, one or two "_", 8 random letters and
# digits (not all lower case, so words such as "database" stay).
_UNIQUE = re.compile(r"\b([A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*?)__?(?=[a-z]{0,7}[A-Z0-9])[A-Za-z0-9]{8}\b")
_NUMBER = re.compile(r"\b\d{4,}\b")


def normalise(text):
    """One line, at most 200 characters, with generated names and long numbers masked."""
    line = text.strip().splitlines()[0] if text and text.strip() else ""
    line = _UNIQUE.sub(r"\1_*", line)
    line = _NUMBER.sub("N", line)
    line = re.sub(r"0x[0-9a-f]+", "0x*", line)
    return line[:200]


def _logged_error(report):
    """The last exception the suite's api_request wrapper logged (its traceback's final line)."""
    text = "\n".join(content for _, content in report.sections if "log" in _ or "stdout" in _)
    found = None
    for match in _MILVUS.finditer(text):
        found = "%s code=%s: %s" % (match.group(1), match.group(2), normalise(match.group(3)))
        last = match.end()
    for match in _DETAILS.finditer(text):
        if found is None or match.end() > last:
            found = "gRPC: " + normalise(match.group(1))
            last = match.end()
    return found


def _cause(report):
    crash = getattr(report.longrepr, "reprcrash", None)
    message = crash.message if crash is not None else str(report.longrepr)
    first = message.strip().splitlines()[0] if message.strip() else ""
    if _GENERIC.search(first):
        logged = _logged_error(report)
        if logged:
            return logged
    milvus = _MILVUS.search(message)
    if milvus:
        return "%s code=%s: %s" % (milvus.group(1), milvus.group(2), normalise(milvus.group(3)))
    return normalise(first)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    global _current
    _current = {"id": item.nodeid, "outcome": None, "seconds": 0.0, "cause": "",
                "unimplemented": {}, "rpc_seconds": 0.0}
    started = time.monotonic()
    yield
    result, _current = _current, None
    result["seconds"] = round(time.monotonic() - started, 3)
    result["rpc_seconds"] = round(result["rpc_seconds"], 3)
    result["unimplemented"] = {k: [v[0], round(v[1], 4)] for k, v in result["unimplemented"].items()}
    if result["outcome"] is None:
        result["outcome"] = "error"
        result["cause"] = result["cause"] or "no report (test interrupted)"
    path = os.environ.get("CONFORMANCE_OUT")
    if path:
        with open(path, "a", encoding="utf-8") as out:
            out.write(json.dumps(result) + "\n")


def pytest_runtest_logreport(report):
    if _current is None:
        return
    if report.when == "call":
        if hasattr(report, "wasxfail"):
            _current["outcome"] = "passed" if report.passed else "skipped"
        elif report.failed:
            _current["outcome"] = "failed"
            _current["cause"] = _cause(report)
        else:
            _current["outcome"] = report.outcome
    elif report.failed:  # setup or teardown
        if _current["outcome"] != "failed":
            _current["outcome"] = "error"
            _current["cause"] = _current["cause"] or _cause(report)
    elif report.skipped and report.when == "setup":
        _current["outcome"] = "skipped"
        crash = getattr(report.longrepr, "__getitem__", None)
        _current["cause"] = normalise(str(report.longrepr[2])) if crash else ""
