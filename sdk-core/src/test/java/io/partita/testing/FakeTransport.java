package io.partita.testing;

import io.partita.transport.CallOptions;
import io.partita.transport.Operation;
import io.partita.transport.Transport;
import io.partita.transport.TransportException;
import io.partita.transport.TransportFailure;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A hand-written {@link Transport} for tests: answers are scripted per operation, every call is
 * recorded. Published in the sdk-core test-jar.
 *
 * <p>Each operation has a queue of answers; a call takes the head of the queue, except that the
 * last answer stays and repeats. An operation with no script fails with {@code UNIMPLEMENTED}.
 * After {@link #close()} every call fails with {@code UNAVAILABLE}. Thread-safe.
 *
 * <pre>{@code
 * FakeTransport fake = new FakeTransport()
 *     .respond(Operations.LOAD_PARTITIONS, Status.success())
 *     .respond(Operations.GET_LOADING_PROGRESS, progress(40), progress(100));
 * }</pre>
 */
public final class FakeTransport implements Transport {

    /** Computes one answer. */
    @FunctionalInterface
    public interface Answer<P, T> {
        T answer(P param, CallOptions options) throws TransportException;
    }

    /** One recorded call. */
    public static final class Call {
        public final Operation<?, ?> operation;
        public final Object param;
        public final CallOptions options;

        Call(Operation<?, ?> operation, Object param, CallOptions options) {
            this.operation = operation;
            this.param = param;
            this.options = options;
        }

        @Override
        public String toString() {
            return operation.getName();
        }
    }

    private final Map<Operation<?, ?>, Deque<Answer<?, ?>>> scripts = new HashMap<>();
    private final List<Call> calls = new ArrayList<>();
    private int closeCount;

    /**
     * Queues fixed answers.
     *
     * @param op the operation
     * @param responses answers, in order; the last repeats
     * @return this
     */
    @SafeVarargs
    public final synchronized <P, T> FakeTransport respond(Operation<P, T> op, T... responses) {
        for (T response : responses) {
            queue(op).add((Answer<P, T>) (p, o) -> response);
        }
        return this;
    }

    /**
     * Queues a computed answer.
     *
     * @param op the operation
     * @param answer computes the answer (or throws a {@link TransportException})
     * @return this
     */
    public synchronized <P, T> FakeTransport respondWith(Operation<P, T> op, Answer<P, T> answer) {
        queue(op).add(answer);
        return this;
    }

    /**
     * Queues a transport failure.
     *
     * @param op the operation
     * @param failure the failure kind
     * @param message its message
     * @return this
     */
    public synchronized <P, T> FakeTransport fail(Operation<P, T> op, TransportFailure failure, String message) {
        queue(op).add((Answer<P, T>) (p, o) -> {
            throw new TransportException(failure, message);
        });
        return this;
    }

    private Deque<Answer<?, ?>> queue(Operation<?, ?> op) {
        return scripts.computeIfAbsent(op, k -> new ArrayDeque<>());
    }

    @Override
    @SuppressWarnings("unchecked")
    public <P, T> T call(Operation<P, T> op, P param, CallOptions options) throws TransportException {
        Answer<P, T> answer;
        synchronized (this) {
            calls.add(new Call(op, param, options));
            if (closeCount > 0) {
                throw new TransportException(TransportFailure.UNAVAILABLE, "FakeTransport is closed");
            }
            Deque<Answer<?, ?>> queue = scripts.get(op);
            if (queue == null || queue.isEmpty()) {
                throw new TransportException(
                        TransportFailure.UNIMPLEMENTED, "FakeTransport: no answer scripted for " + op);
            }
            answer = (Answer<P, T>) (queue.size() > 1 ? queue.poll() : queue.peek());
        }
        return answer.answer(param, options);
    }

    @Override
    public synchronized void close() {
        closeCount++;
    }

    /** @return how many times {@link #close()} was called */
    public synchronized int closeCount() {
        return closeCount;
    }

    /** @return every call so far, in order */
    public synchronized List<Call> calls() {
        return new ArrayList<>(calls);
    }

    /** @return the operation names called so far, in order */
    public synchronized List<String> callNames() {
        List<String> names = new ArrayList<>();
        for (Call c : calls) {
            names.add(c.operation.getName());
        }
        return names;
    }

    /**
     * @param op an operation
     * @return the params it was called with, in order
     */
    @SuppressWarnings("unchecked")
    public synchronized <P> List<P> paramsOf(Operation<P, ?> op) {
        List<P> params = new ArrayList<>();
        for (Call c : calls) {
            if (c.operation == op) {
                params.add((P) c.param);
            }
        }
        return params;
    }

    /**
     * @param op an operation
     * @return the call options of its calls, in order
     */
    public synchronized List<CallOptions> optionsOf(Operation<?, ?> op) {
        List<CallOptions> options = new ArrayList<>();
        for (Call c : calls) {
            if (c.operation == op) {
                options.add(c.options);
            }
        }
        return options;
    }

    /**
     * @param op an operation
     * @return how many times it was called
     */
    public synchronized int callCount(Operation<?, ?> op) {
        return paramsOf(op).size();
    }
}
