package io.partita.server.engine.core;

import io.partita.server.catalog.CatalogStore;
import io.partita.server.catalog.CollectionMeta;
import io.partita.server.catalog.PartitionMeta;
import io.partita.server.storage.PartitionStore;
import java.io.IOException;
import java.nio.file.Path;

/** Where partitions live on disk: {@code <dataDir>/c<collectionId>/p<partitionId>}. */
final class Stores {
    private final Path dataDir;
    private final CatalogStore catalog;

    Stores(Path dataDir, CatalogStore catalog) {
        this.dataDir = dataDir;
        this.catalog = catalog;
    }

    PartitionStore open(CollectionMeta c, PartitionMeta p) throws IOException {
        int pk = 0;
        for (int i = 0; i < c.schema().fields().size(); i++) {
            if (c.schema().fields().get(i).primaryKey()) {
                pk = i;
            }
        }
        return PartitionStore.open(dir(c.id(), p.id()), c.schema().fields(), pk, catalog::nextId);
    }

    Path dir(long collectionId, long partitionId) {
        return dataDir.resolve("c" + collectionId).resolve("p" + partitionId);
    }

    Path collectionDir(long collectionId) {
        return dataDir.resolve("c" + collectionId);
    }
}
