package io.partita.v2.service.utility;

import io.partita.v2.exception.ErrorCode;
import io.partita.v2.exception.MilvusClientException;
import io.partita.v2.service.utility.response.OptimizeResp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code MilvusClientV2.optimize} run on its own daemon thread: the stages it has reached,
 * its answer once done, and a way to cancel it. Thread-safe: every method may be called from any
 * thread while the task runs.
 */
public class OptimizeTask {

    /** The stages an optimization goes through, in order (CANCELLED ends a cancelled one). */
    public enum ProgressStage {
        /** Created, not started yet. */
        INITIALIZING("initializing"),
        /** Waiting until the vector indexes are built. */
        WAITING_FOR_INDEXES("waiting for indexes"),
        /** Asking for the compaction. */
        COMPACTING("compacting"),
        /** Waiting until the compaction completes. */
        WAITING_FOR_COMPACTION("waiting for compaction"),
        /** Waiting until the indexes of the compacted segments are built. */
        WAITING_FOR_INDEX_REBUILD("waiting for index rebuild"),
        /** Reloading a loaded collection so it serves the compacted segments. */
        REFRESHING_LOAD("refreshing load"),
        /** Cancelled by {@link OptimizeTask#cancel()}. */
        CANCELLED("cancelled");

        private final String description;

        ProgressStage(String description) {
            this.description = description;
        }

        /** @return the stage in words, e.g. {@code waiting for compaction} */
        public String getDescription() {
            return description;
        }

        @Override
        public String toString() {
            return description;
        }
    }

    /** The work of a task, run on its thread; it reports stages through {@link OptimizeTask#setProgress}. */
    @FunctionalInterface
    public interface ExecuteFn {
        /**
         * @param task the task running it
         * @param collectionName the collection
         * @param databaseName the database, {@code null} for the client's
         * @param sizeMb the target size in MB, {@code null} for the server's
         * @param timeout the limit in milliseconds, {@code null} for none
         * @return the answer
         */
        OptimizeResp execute(OptimizeTask task, String collectionName, String databaseName, Long sizeMb, Long timeout);
    }

    /** A size: a number, then an optional unit. */
    private static final Pattern SIZE = Pattern.compile("^(\\d+(?:\\.\\d+)?)\\s*([a-z]*)$");

    private static final Map<String, Long> BYTES_PER_UNIT = Map.of(
            "b", 1L,
            "kb", 1L << 10,
            "mb", 1L << 20,
            "gb", 1L << 30,
            "tb", 1L << 40,
            "pb", 1L << 50);

    private final String collectionName;
    private final String databaseName;
    private final Long sizeMb;
    private final Long timeout;
    private final ExecuteFn executeFn;
    private final Thread thread;
    private final Object monitor = new Object();
    private boolean done;
    private boolean cancelled;
    private OptimizeResp result;
    private RuntimeException failure;
    private ProgressStage stage = ProgressStage.INITIALIZING;
    private final List<ProgressStage> history = new ArrayList<>(List.of(ProgressStage.INITIALIZING));

    /**
     * A task not started yet.
     *
     * @param collectionName the collection
     * @param databaseName the database, {@code null} for the client's
     * @param targetSize the target size ({@code 512MB}, {@code 1GB}, {@code 1.5gb}), {@code null} for the server's
     * @param timeout the limit in milliseconds, {@code null} for none
     * @param executeFn the work
     * @throws MilvusClientException INVALID_PARAMS when {@code targetSize} is not a positive size of at least 1 MB
     */
    public OptimizeTask(
            String collectionName, String databaseName, String targetSize, Long timeout, ExecuteFn executeFn) {
        this.collectionName = collectionName;
        this.databaseName = databaseName;
        this.sizeMb = parseTargetSize(targetSize);
        this.timeout = timeout;
        this.executeFn = executeFn;
        this.thread = new Thread(this::run, "partita-optimize-" + collectionName);
        this.thread.setDaemon(true);
    }

    /** Starts the work on the task's thread. */
    public void start() {
        thread.start();
    }

    private void run() {
        try {
            OptimizeResp r = executeFn.execute(this, collectionName, databaseName, sizeMb, timeout);
            finish(r, null);
        } catch (RuntimeException e) {
            finish(null, e);
        }
    }

    private void finish(OptimizeResp r, RuntimeException e) {
        synchronized (monitor) {
            if (cancelled) {
                return;
            }
            result = r;
            failure = e;
            done = true;
            monitor.notifyAll();
        }
    }

    /** @return whether the task has finished, failed or been cancelled */
    public boolean isDone() {
        synchronized (monitor) {
            return done;
        }
    }

    /** @return whether {@link #cancel()} stopped it */
    public boolean isCancelled() {
        synchronized (monitor) {
            return cancelled;
        }
    }

    /** @return the stage reached last */
    public ProgressStage getProgress() {
        synchronized (monitor) {
            return stage;
        }
    }

    /** @return every stage reached, in order (a copy) */
    public List<ProgressStage> getProgressHistory() {
        synchronized (monitor) {
            return new ArrayList<>(history);
        }
    }

    /** @return the descriptions of {@link #getProgressHistory()} */
    public List<String> getProgressHistoryAsStrings() {
        List<String> out = new ArrayList<>();
        for (ProgressStage s : getProgressHistory()) {
            out.add(s.getDescription());
        }
        return out;
    }

    /**
     * Stops waiting for the task: its answer becomes a {@code CLIENT_ERROR}, and its thread stops at
     * its next step. A compaction already asked for goes on on the server.
     *
     * @return true when the task is cancelled (now or before), false when it had already finished
     */
    public boolean cancel() {
        synchronized (monitor) {
            if (cancelled) {
                return true;
            }
            if (done) {
                return false;
            }
            cancelled = true;
            stage = ProgressStage.CANCELLED;
            history.add(ProgressStage.CANCELLED);
            failure = cancelledFailure();
            done = true;
            monitor.notifyAll();
            return true;
        }
    }

    /** @throws MilvusClientException CLIENT_ERROR when the task was cancelled (the work calls it between steps) */
    public void checkCancelled() {
        synchronized (monitor) {
            if (cancelled) {
                throw cancelledFailure();
            }
        }
    }

    private static MilvusClientException cancelledFailure() {
        return new MilvusClientException(ErrorCode.CLIENT_ERROR, "Optimization task was cancelled");
    }

    /**
     * Waits for the answer.
     *
     * @param timeoutMs how long to wait, {@code null} for as long as it takes
     * @return the answer
     * @throws MilvusClientException the task's failure; CLIENT_ERROR when it was cancelled, when the wait
     *     times out or is interrupted
     */
    public OptimizeResp getResult(Long timeoutMs) {
        synchronized (monitor) {
            try {
                long deadline = timeoutMs == null ? 0 : System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
                while (!done) {
                    if (timeoutMs == null) {
                        monitor.wait();
                    } else {
                        long left = deadline - System.nanoTime();
                        if (left <= 0) {
                            throw new MilvusClientException(
                                    ErrorCode.CLIENT_ERROR, "Timeout waiting for optimization to complete");
                        }
                        TimeUnit.NANOSECONDS.timedWait(monitor, left);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new MilvusClientException(
                        ErrorCode.CLIENT_ERROR, "Interrupted while waiting for optimization result");
            }
            if (failure instanceof MilvusClientException) {
                throw (MilvusClientException) failure;
            }
            if (failure != null) {
                throw new MilvusClientException(ErrorCode.CLIENT_ERROR, "Optimization failed: " + failure.getMessage());
            }
            return result;
        }
    }

    /**
     * Records the stage the work has reached; ignored once cancelled.
     *
     * @param stage the stage
     */
    public void setProgress(ProgressStage stage) {
        synchronized (monitor) {
            if (!cancelled) {
                this.stage = stage;
                history.add(stage);
            }
        }
    }

    /**
     * @param targetSize a size such as {@code 512MB}, {@code 1GB}, {@code 1.5gb} or {@code 500KB} (no unit: bytes)
     * @return the size in whole MB, {@code null} for {@code null}
     * @throws MilvusClientException INVALID_PARAMS for another form, a size that is not positive, or one under 1 MB
     */
    static Long parseTargetSize(String targetSize) {
        if (targetSize == null) {
            return null;
        }
        Matcher m = SIZE.matcher(targetSize.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw invalid("Invalid target_size format: '" + targetSize
                    + "'. Expected format: '1000MB', '1GB', '1.2gb', '500KB'");
        }
        double value = Double.parseDouble(m.group(1));
        if (!Double.isFinite(value) || value <= 0) {
            throw invalid("Invalid target_size value: '" + targetSize + "', must be a positive finite number");
        }
        String unit = m.group(2).isEmpty() ? "b" : m.group(2);
        Long perUnit = BYTES_PER_UNIT.get(unit);
        if (perUnit == null) {
            throw invalid("Invalid unit: '" + unit + "'. Supported units: B, KB, MB, GB, TB, PB");
        }
        long mb = (long) (value * perUnit / (1L << 20));
        if (mb <= 0) {
            throw invalid("target_size too small: " + targetSize + ", must be at least 1MB");
        }
        return mb;
    }

    private static MilvusClientException invalid(String message) {
        return new MilvusClientException(ErrorCode.INVALID_PARAMS, message);
    }
}
