package io.partita.v2.service.collection;

import io.partita.v2.internal.Checks;
import java.util.List;
import lombok.Builder;
import lombok.Getter;

/**
 * One shard of a replica: the channel, its leader and the nodes holding its segments.
 *
 * <p>Immutable: lists are unmodifiable.
 */
@Getter
public final class ShardReplica {
    /** The shard leader's node id. */
    private final Long leaderID;
    /** The shard leader's address. */
    private final String leaderAddress;
    /** The DML channel of the shard. */
    private final String channelName;
    /** The query nodes holding the shard's segments. */
    private final List<Long> nodeIDs;

    @Builder
    private ShardReplica(Long leaderID, String leaderAddress, String channelName, List<Long> nodeIDs) {
        this.leaderID = leaderID;
        this.leaderAddress = leaderAddress;
        this.channelName = channelName;
        this.nodeIDs = Checks.copy(nodeIDs);
    }

    @Override
    public String toString() {
        return "ShardReplica{leaderID=" + leaderID + ", leaderAddress=" + leaderAddress + ", channelName=" + channelName
                + ", nodeIDs=" + nodeIDs + "}";
    }
}
