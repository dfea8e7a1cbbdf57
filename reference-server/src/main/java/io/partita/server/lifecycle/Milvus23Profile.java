package io.partita.server.lifecycle;

import io.partita.server.model.EngineException;
import io.partita.server.model.ErrorCodes;
import io.partita.server.model.Profile;
import io.partita.server.model.ProfileRefusal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Milvus 2.3: any mix of loads and releases of collections and partitions; 2.3 error codes
 * (legacy codes derived as Milvus's merr does).
 */
class Milvus23Profile implements LifecycleProfile {

    @Override
    public Profile profile() {
        return Profile.MILVUS_2_3;
    }

    @Override
    public boolean recoversLoadState() {
        return true;
    }

    @Override
    public boolean allowsDollarInNames() {
        return false;
    }

    @Override
    public LoadPlan planLoadCollection(LoadView v, int replicas) {
        if (v.anyLoaded() && v.replicaNumber() != replicas) {
            throw merr(
                    ErrorCodes.CODE_PARAMETER_INVALID,
                    "can't change the replica number for loaded collection: invalid parameter[expected="
                            + v.replicaNumber() + "][actual=" + replicas + "]");
        }
        Set<Long> missing = new HashSet<>(v.all());
        missing.removeAll(v.loaded());
        return new LoadPlan(missing, true);
    }

    @Override
    public LoadPlan planLoadPartitions(LoadView v, Set<Long> requested, int replicas) {
        if (v.anyLoaded() && v.replicaNumber() != replicas) {
            throw merr(
                    ErrorCodes.CODE_PARAMETER_INVALID,
                    "can't change the replica number for loaded partitions: invalid parameter[expected="
                            + v.replicaNumber() + "][actual=" + replicas + "]");
        }
        Set<Long> missing = new HashSet<>(requested);
        missing.removeAll(v.loaded());
        return new LoadPlan(missing, v.byCollection() && v.anyLoaded());
    }

    @Override
    public ReleasePlan planReleasePartitions(LoadView v, Set<Long> requested) {
        Set<Long> release = new HashSet<>(requested);
        release.retainAll(v.loaded());
        return new ReleasePlan(release, v.byCollection() && release.isEmpty());
    }

    @Override
    public void checkDropLoadedPartition(LoadView view, String partitionName) {
        throw unexpected("partition cannot be dropped, partition is loaded, please release it first");
    }

    @Override
    public void checkDuplicateCollection(String name, boolean sameSchema) {
        if (!sameSchema) {
            throw invalidParameter("create duplicate collection with different parameters, collection: " + name);
        }
    }

    @Override
    public EngineException collectionNotFound(String name) {
        return merr(ErrorCodes.CODE_COLLECTION_NOT_FOUND, "collection not found[collection=" + name + "]");
    }

    @Override
    public EngineException partitionNotFoundForLoad(String name) {
        return partitionNotFound(name);
    }

    @Override
    public EngineException partitionNotFound(String name) {
        return merr(ErrorCodes.CODE_PARTITION_NOT_FOUND, "partition not found[partition=" + name + "]");
    }

    @Override
    public void checkCreateExistingPartition(String name) {
        // Milvus 2.6 answers success (docs/profiles.md): the refusal names the profile that accepts
        throw new ProfileRefusal(invalidParameter("partition name = " + name + " already exists"), Profile.MILVUS_2_6);
    }

    @Override
    public void checkDropMissingPartition(String name) {
        throw new ProfileRefusal(partitionNotFound(name), Profile.MILVUS_2_6);
    }

    @Override
    public int maxPartitions() {
        return 4096;
    }

    @Override
    public EngineException tooManyPartitions(String collectionName, int partitionCount) {
        return unexpected("maximum partition's number should be limit to " + maxPartitions());
    }

    @Override
    public EngineException collectionNotLoaded(
            String collectionName, long collectionId, List<String> partitionNames, boolean query) {
        return merr(ErrorCodes.CODE_COLLECTION_NOT_LOADED, "collection not loaded[collection=" + collectionName + "]");
    }

    @Override
    public EngineException partitionNotLoaded(
            String collectionName, long collectionId, List<String> partitionNames, long partitionId, boolean query) {
        return merr(ErrorCodes.CODE_PARTITION_NOT_LOADED, "partition not loaded[partition=" + partitionId + "]");
    }

    @Override
    public EngineException searchPartitionNotFound(String name) {
        return unexpected("partition name " + name + " not found");
    }

    @Override
    public EngineException showPartitionNotLoaded(long partitionId, long collectionId) {
        return null;
    }

    @Override
    public EngineException showCollectionNotLoaded(String name) {
        return null;
    }

    @Override
    public EngineException memoryRefused(long bytesPerReplica, int replicaNumber) {
        return EngineException.of(
                ErrorCodes.UNEXPECTED_ERROR,
                ErrorCodes.CODE_MEMORY_LIMIT,
                "no enough memory to load collection/partitions, collectionSize=" + bytesPerReplica + ", replicasNum="
                        + replicaNumber);
    }

    /** The {@code refresh} field of LoadCollectionRequest/LoadPartitionsRequest exists since 2.3. */
    @Override
    public boolean refreshes() {
        return true;
    }

    /**
     * {@code refreshCollection} ({@code internal/querycoordv2/services.go}): {@code
     * WrapErrCollectionNotLoaded(collectionID)}, with "collection not fully loaded" wrapped around
     * it while a load runs.
     */
    @Override
    public EngineException refreshNotLoaded(long collectionId, boolean loading) {
        String base = "collection not loaded[collection=" + collectionId + "]";
        return merr(ErrorCodes.CODE_COLLECTION_NOT_LOADED, loading ? "collection not fully loaded: " + base : base);
    }

    @Override
    public EngineException invalidParameter(String reason) {
        return merr(ErrorCodes.CODE_PARAMETER_INVALID, reason);
    }

    @Override
    public EngineException unexpected(String reason) {
        return merr(ErrorCodes.CODE_UNEXPECTED, reason);
    }

    /** An error with a 2.3 code and the legacy code Milvus derives from it. */
    static EngineException merr(int code, String reason) {
        int legacy;
        switch (code) {
            case ErrorCodes.CODE_COLLECTION_NOT_FOUND:
                legacy = ErrorCodes.COLLECTION_NOT_EXISTS;
                break;
            case ErrorCodes.CODE_PARAMETER_INVALID:
                legacy = ErrorCodes.ILLEGAL_ARGUMENT;
                break;
            case ErrorCodes.CODE_PARTITION_NOT_FOUND:
                legacy = ErrorCodes.META_FAILED;
                break;
            default:
                legacy = ErrorCodes.UNEXPECTED_ERROR;
        }
        return EngineException.of(legacy, code, reason);
    }

    /**
     * {@code common.DefaultPartitionsWithPartitionKey} = 64, as in the older
     * {@code internal/common/common.go} (the 2.2/2.3 layout); the current {@code pkg/common/common.go}
     * has 16 ({@link Milvus26Profile}).
     */
    @Override
    public long defaultPartitionKeyPartitions() {
        return 64;
    }
}
