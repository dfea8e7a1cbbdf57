package io.partita.bench;

/**
 * The three calls the benchmark times, as one client makes them. Each call throws when the server
 * answers with an error, so a failing client cannot look fast. Implementations are used from one
 * thread.
 */
interface ClientUnderTest extends AutoCloseable {
    /** A short label for the report, e.g. {@code partita-grpc}. */
    String name();

    /** HasPartition of the loaded partition; returns the answer (true). */
    boolean hasPartition();

    /** ReleasePartitions of a partition that is not loaded (a no-op on the server, SEMANTICS row 11). */
    void releaseColdPartition();

    /** Search nq=1, topK as configured, in the loaded partition; returns the number of hits. */
    int search(java.util.List<Float> vector);

    @Override
    void close();
}
