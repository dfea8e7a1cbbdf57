package io.partita.examples;

import io.partita.model.GetLoadStateResponse;
import io.partita.param.R;
import io.partita.param.RpcStatus;
import io.partita.param.collection.GetLoadStateParam;
import io.partita.param.partition.LoadPartitionsParam;
import io.partita.param.partition.ReleasePartitionsParam;
import java.io.PrintStream;
import java.util.List;

/**
 * The seed operation: release partition {@code novel} of {@code book} from memory after a load,
 * printing the answer, the load state and the memory before and after.
 *
 * <pre>java -cp examples/target/quickstart.jar io.partita.examples.ReleasePartitionExample [--uri grpc://host:19530]</pre>
 */
public final class ReleasePartitionExample {
    private ReleasePartitionExample() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    /** @return the exit status: 0 when the release behaved as documented */
    public static int run(String[] args, PrintStream out) {
        return ExampleRunner.run("Release a partition", args, out, ReleasePartitionExample::release);
    }

    private static int release(ServerSession session, ExampleArgs args, PrintStream out) {
        Book book = ExampleRunner.prepareBook(session, args, out);
        session.client
                .loadPartitions(LoadPartitionsParam.newBuilder()
                        .withCollectionName("book")
                        .withPartitionNames(List.of("novel"))
                        .withSyncLoad(true)
                        .build())
                .orThrow();
        long loadedBytes = book.memoryInUseBytes();
        out.println("Loaded 'novel': " + Book.human(loadedBytes) + " in memory");

        R<RpcStatus> released = session.client.releasePartitions(ReleasePartitionsParam.newBuilder()
                .withCollectionName("book")
                .withPartitionNames(List.of("novel"))
                .build());
        out.println("releasePartitions(book, [novel]) -> " + released.getMessage());

        GetLoadStateResponse state = session.client
                .getLoadState(GetLoadStateParam.newBuilder()
                        .withCollectionName("book")
                        .withPartitionNames(List.of("novel"))
                        .build())
                .orThrow();
        long afterBytes = book.memoryInUseBytes();
        out.println("Load state of 'novel' now: " + state.getState() + "; memory in use: " + Book.human(afterBytes)
                + " (freed " + Book.human(loadedBytes - afterBytes) + ")");
        return released.isSuccess() && afterBytes == 0 ? 0 : 1;
    }
}
