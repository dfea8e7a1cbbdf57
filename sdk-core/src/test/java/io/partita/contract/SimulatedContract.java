package io.partita.contract;

import java.util.Set;

/** What {@link SimulatedMilvus} leaves unmodelled; the contract then expects UNIMPLEMENTED. */
final class SimulatedContract {
    static final Set<String> UNSUPPORTED = Set.of("CalcDistance", "LoadBalance", "ManualCompaction", "GetCompactionState",
        "GetCompactionStateWithPlans", "GetPersistentSegmentInfo", "GetFlushState", "CreateCredential", "UpdateCredential",
        "DeleteCredential", "ListCredUsers");

    private SimulatedContract() {}
}
