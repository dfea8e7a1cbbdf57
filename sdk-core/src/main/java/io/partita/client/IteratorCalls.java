package io.partita.client;

import io.partita.exception.MilvusException;
import io.partita.exception.ParamException;
import io.partita.model.DescribeCollectionResponse;
import io.partita.model.FieldSchema;
import io.partita.orm.iterator.QueryIterator;
import io.partita.orm.iterator.SearchIterator;
import io.partita.param.R;
import io.partita.param.collection.DescribeCollectionParam;
import io.partita.param.dml.QueryIteratorParam;
import io.partita.param.dml.SearchIteratorParam;

/**
 * Opens the V1 client's query and search iterators: reads the collection's primary key, then
 * hands the shared {@code io.partita.orm.iterator} implementation this client's query or search
 * as its page call. Thread-safe (the iterators it opens are not).
 */
final class IteratorCalls {
    private final MilvusClient client;

    IteratorCalls(MilvusClient client) {
        this.client = client;
    }

    R<QueryIterator> query(QueryIteratorParam p) {
        if (p == null) {
            return R.failed(new ParamException("requestParam: must not be null"));
        }
        try {
            FieldSchema pk = primaryKey(client, p.getCollectionName());
            return R.success(new QueryIterator(p, pk, q -> client.query(q).orThrow()));
        } catch (MilvusException e) {
            return R.failed(e);
        }
    }

    R<SearchIterator> search(SearchIteratorParam p) {
        if (p == null) {
            return R.failed(new ParamException("requestParam: must not be null"));
        }
        try {
            FieldSchema pk = primaryKey(client, p.getCollectionName());
            return R.success(new SearchIterator(p, pk, s -> client.search(s).orThrow()));
        } catch (MilvusException e) {
            return R.failed(e);
        }
    }

    /**
     * @return the collection's primary-key field
     * @throws MilvusException the describe call's failure
     */
    static FieldSchema primaryKey(MilvusClient client, String collectionName) {
        DescribeCollectionResponse d = client.describeCollection(DescribeCollectionParam.newBuilder()
                        .withCollectionName(collectionName)
                        .build())
                .orThrow();
        for (FieldSchema f : d.getSchema().getFieldsList()) {
            if (f.getIsPrimaryKey()) {
                return f;
            }
        }
        throw new ParamException("collectionName: collection " + collectionName + " has no primary key");
    }
}
