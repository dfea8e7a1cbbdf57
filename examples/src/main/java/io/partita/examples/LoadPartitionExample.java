package io.partita.examples;

import io.partita.model.ShowPartitionsResponse;
import io.partita.model.ShowType;
import io.partita.param.R;
import io.partita.param.RpcStatus;
import io.partita.param.partition.LoadPartitionsParam;
import io.partita.param.partition.ShowPartitionsParam;
import java.io.PrintStream;
import java.util.List;

/**
 * The seed operation: load partition {@code novel} of {@code book} into memory (waiting for it,
 * up to 60 s), printing the answer, its in-memory percentage and the memory it takes.
 *
 * <pre>java -cp examples/target/quickstart.jar io.partita.examples.LoadPartitionExample [--uri grpc://host:19530]</pre>
 */
public final class LoadPartitionExample {
    private LoadPartitionExample() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    /** @return the exit status: 0 when the load behaved as documented */
    public static int run(String[] args, PrintStream out) {
        return ExampleRunner.run("Load a partition", args, out, LoadPartitionExample::load);
    }

    private static int load(ServerSession session, ExampleArgs args, PrintStream out) {
        Book book = ExampleRunner.prepareBook(session, args, out);
        R<RpcStatus> loaded = session.client.loadPartitions(LoadPartitionsParam.newBuilder()
                .withCollectionName("book")
                .withPartitionNames(List.of("novel"))
                .withSyncLoad(true)
                .withSyncLoadWaitingTimeout(60L)
                .build());
        out.println("loadPartitions(book, [novel], sync) -> " + loaded.getMessage());

        ShowPartitionsResponse shown = session.client
                .showPartitions(ShowPartitionsParam.newBuilder()
                        .withCollectionName("book")
                        .withPartitionNames(List.of("novel"))
                        .withShowType(ShowType.InMemory)
                        .build())
                .orThrow();
        long percent = shown.getInMemoryPercentages(0);
        long bytes = book.memoryInUseBytes();
        out.println("'novel' is " + percent + "% in memory, taking " + Book.human(bytes));
        return loaded.isSuccess() && percent == 100 && bytes > 0 ? 0 : 1;
    }
}
