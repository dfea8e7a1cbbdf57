package io.partita.server.lifecycle;

import io.partita.server.model.EngineException;
import io.partita.server.model.ErrorCodes;
import io.partita.server.model.Profile;
import io.partita.server.model.ProfileRefusal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Milvus 2.1: no mixing of collection- and partition-level loads, no piecemeal partition loads,
 * no partial release of a collection-loaded collection; legacy error codes.
 */
final class Milvus21Profile implements LifecycleProfile {

    @Override
    public Profile profile() {
        return Profile.MILVUS_2_1;
    }

    @Override
    public boolean recoversLoadState() {
        return false;
    }

    @Override
    public boolean allowsDollarInNames() {
        return true;
    }

    @Override
    public boolean acceptsScalarIndexes() {
        return false;
    }

    @Override
    public boolean fillsIndexDefaults() {
        return false;
    }

    @Override
    public boolean acceptsDiskAnn() {
        return false;
    }

    @Override
    public LoadPlan planLoadCollection(LoadView v, int replicas) {
        if (!v.anyLoaded()) {
            return new LoadPlan(v.all(), true);
        }
        if (!v.byCollection()) {
            throw laterAccepts(EngineException.legacy(
                    ErrorCodes.ILLEGAL_ARGUMENT,
                    "some partitions " + GoFormat.list(new TreeSet<>(v.loaded())) + " of collection " + v.collectionId()
                            + " has been loaded into QueryNode, please release partitions firstly"));
        }
        if (v.replicaNumber() != replicas) {
            throw EngineException.legacy(
                    ErrorCodes.ILLEGAL_ARGUMENT,
                    "collection has already been loaded, and the number of replicas "
                            + v.replicaNumber() + " is not same as the request's " + replicas
                            + ". Should release first then reload with the new number of replicas");
        }
        Set<Long> missing = new HashSet<>(v.all());
        missing.removeAll(v.loaded());
        return new LoadPlan(missing, true);
    }

    @Override
    public LoadPlan planLoadPartitions(LoadView v, Set<Long> requested, int replicas) {
        if (!v.anyLoaded()) {
            return new LoadPlan(requested, false);
        }
        if (v.byCollection()) {
            throw laterAccepts(EngineException.legacy(
                    ErrorCodes.ILLEGAL_ARGUMENT,
                    "collection " + v.collectionId()
                            + " has been loaded into QueryNode, please release collection firstly"));
        }
        if (!v.loaded().containsAll(requested)) {
            throw laterAccepts(EngineException.legacy(
                    ErrorCodes.ILLEGAL_ARGUMENT,
                    "some partitions " + GoFormat.list(new TreeSet<>(v.loaded())) + " of collection " + v.collectionId()
                            + " has been loaded into QueryNode, please release partitions firstly"));
        }
        if (v.replicaNumber() != replicas) {
            throw EngineException.legacy(
                    ErrorCodes.ILLEGAL_ARGUMENT,
                    "partitions has already been loaded, and the number of replicas "
                            + v.replicaNumber() + " is not same as the request's " + replicas
                            + ". Should release first then reload with the new number of replicas");
        }
        return new LoadPlan(Set.of(), false);
    }

    @Override
    public ReleasePlan planReleasePartitions(LoadView v, Set<Long> requested) {
        if (v.byCollection() && v.anyLoaded()) {
            throw laterAccepts(unexpected("releasing some partitions after load collection is not supported"));
        }
        Set<Long> release = new HashSet<>(requested);
        release.retainAll(v.loaded());
        return new ReleasePlan(release, false);
    }

    /** A refusal by a 2.1-only rule: Milvus 2.3 accepts the call (SEMANTICS rows 1-13, docs/profiles.md). */
    private static ProfileRefusal laterAccepts(EngineException refusal) {
        return new ProfileRefusal(refusal, Profile.MILVUS_2_3);
    }

    @Override
    public void checkDropLoadedPartition(LoadView view, String partitionName) {
        // 2.1 allowed it (and leaked the memory); we release first.
    }

    @Override
    public void checkDuplicateCollection(String name, boolean sameSchema) {
        throw unexpected("collection " + name + " exist");
    }

    @Override
    public EngineException collectionNotFound(String name) {
        return EngineException.legacy(ErrorCodes.COLLECTION_NOT_EXISTS, "can't find collection: " + name);
    }

    @Override
    public EngineException partitionNotFoundForLoad(String name) {
        return unexpected("partitionID of partitionName:" + name + " can not be find");
    }

    @Override
    public EngineException partitionNotFound(String name) {
        return unexpected("partition " + name + " does not exist");
    }

    @Override
    public void checkCreateExistingPartition(String name) {
        throw unexpected("partition name = " + name + " already exists");
    }

    @Override
    public void checkDropMissingPartition(String name) {
        throw partitionNotFound(name);
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
        return unexpected("collection:" + collectionName + " or partition:" + GoFormat.list(partitionNames)
                + " not loaded into memory when " + (query ? "query" : "search"));
    }

    @Override
    public EngineException partitionNotLoaded(
            String collectionName, long collectionId, List<String> partitionNames, long partitionId, boolean query) {
        return unexpected("checkIfLoaded failed when " + (query ? "query" : "search") + ", collection:" + collectionName
                + ", partitions:" + GoFormat.list(partitionNames) + ", err = partition " + partitionId
                + " of collection "
                + collectionId + " has not been loaded into QueryNode");
    }

    @Override
    public EngineException searchPartitionNotFound(String name) {
        return unexpected("partition name " + name + " not found");
    }

    @Override
    public EngineException showPartitionNotLoaded(long partitionId, long collectionId) {
        return unexpected(
                "partition " + partitionId + " of collection " + collectionId + " has not been loaded into QueryNode");
    }

    @Override
    public EngineException showCollectionNotLoaded(String name) {
        return unexpected("collection " + name + " has not been loaded to memory or load failed");
    }

    @Override
    public EngineException memoryRefused(long bytesPerReplica, int replicaNumber) {
        return unexpected("no enough memory to load collection/partitions, collectionSize=" + bytesPerReplica
                + ", replicasNum=" + replicaNumber);
    }

    @Override
    public EngineException invalidParameter(String reason) {
        return EngineException.of(ErrorCodes.UNEXPECTED_ERROR, ErrorCodes.CODE_PARAMETER_INVALID, reason);
    }

    @Override
    public EngineException unexpected(String reason) {
        return EngineException.legacy(ErrorCodes.UNEXPECTED_ERROR, reason);
    }
}
