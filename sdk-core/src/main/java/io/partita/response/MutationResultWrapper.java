package io.partita.response;

import io.partita.exception.ParamException;
import io.partita.model.MutationResult;
import java.util.List;
import java.util.Objects;

/** Reads a {@link MutationResult}: counts, keys and timestamp. Immutable. */
public final class MutationResultWrapper {
    private final MutationResult result;

    /** @param result the answer to Insert or Delete */
    public MutationResultWrapper(MutationResult result) {
        this.result = Objects.requireNonNull(result, "result");
    }

    /** @return the number of rows inserted; 0 for a delete */
    public long getInsertCount() {
        return result.getInsertCnt();
    }
    /** @return the number of rows deleted; 0 for an insert */
    public long getDeleteCount() {
        return result.getDeleteCnt();
    }
    /** @return the server timestamp of the operation, usable as a guarantee timestamp */
    public long getOperationTs() {
        return result.getTimestamp();
    }

    /**
     * @return the integer primary keys
     * @throws ParamException when the keys are strings
     */
    public List<Long> getLongIDs() {
        if (result.hasIDs() && result.getIDs().hasIntId()) {
            return result.getIDs().getIntId().getDataList();
        }
        throw new ParamException("IDs: the primary keys are not integers (use getStringIDs())");
    }

    /**
     * @return the string primary keys
     * @throws ParamException when the keys are integers
     */
    public List<String> getStringIDs() {
        if (result.hasIDs() && result.getIDs().hasStrId()) {
            return result.getIDs().getStrId().getDataList();
        }
        throw new ParamException("IDs: the primary keys are not strings (use getLongIDs())");
    }

    @Override
    public String toString() {
        return "MutationResult{insertCount:" + getInsertCount() + ", deleteCount:" + getDeleteCount() + ", operationTs:"
                + getOperationTs() + "}";
    }
}
