package io.partita.transport;

import io.partita.common.clientenum.ConsistencyLevelEnum;
import io.partita.model.ConsistencyLevel;
import io.partita.param.dml.QueryParam;
import io.partita.param.dml.SearchParam;

/**
 * The consistency settings of one search or query, shaped once for every transport. Either the
 * collection's own level ({@link #usesDefault()}: the request carries
 * {@code use_default_consistency = true} and no level) or one explicit protocol level; plus the
 * guarantee and travel hybrid timestamps, sent as they are. The guarantee timestamp's default is
 * settled by the Param's {@code build()} ({@code ParamUtils.defaultGuaranteeTimestamp}), never
 * by a transport.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReadConsistency {
    private final ConsistencyLevel level;
    private final long guaranteeTimestamp;
    private final long travelTimestamp;

    private ReadConsistency(ConsistencyLevelEnum level, long guaranteeTimestamp, long travelTimestamp) {
        this.level = level == null ? null : level.getLevel();
        this.guaranteeTimestamp = guaranteeTimestamp;
        this.travelTimestamp = travelTimestamp;
    }

    /**
     * @param p a validated search
     * @return its consistency settings
     */
    public static ReadConsistency of(SearchParam p) {
        return new ReadConsistency(p.getConsistencyLevel(), p.getGuaranteeTimestamp(), p.getTravelTimestamp());
    }

    /**
     * @param p a validated query
     * @return its consistency settings
     */
    public static ReadConsistency of(QueryParam p) {
        return new ReadConsistency(p.getConsistencyLevel(), p.getGuaranteeTimestamp(), p.getTravelTimestamp());
    }

    /** @return {@code true} when the collection's own level applies (no level is sent) */
    public boolean usesDefault() {
        return level == null;
    }

    /** @return the explicit protocol level, or {@code null} when {@link #usesDefault()} */
    public ConsistencyLevel getLevel() {
        return level;
    }

    /** @return the guarantee hybrid timestamp to send */
    public long getGuaranteeTimestamp() {
        return guaranteeTimestamp;
    }

    /** @return the time-travel hybrid timestamp to send; 0 for none */
    public long getTravelTimestamp() {
        return travelTimestamp;
    }
}
