package io.partita.examples;

import io.partita.model.ShowPartitionsResponse;
import io.partita.model.ShowType;
import io.partita.param.partition.LoadPartitionsParam;
import io.partita.param.partition.ShowPartitionsParam;
import java.io.PrintStream;
import java.util.List;

/**
 * The seed operation: list the partitions of {@code book}, then start loading {@code novel} and
 * follow its load progress with {@code ShowPartitions(type=InMemory)} until it reaches 100%.
 *
 * <pre>java -cp examples/target/quickstart.jar io.partita.examples.ShowPartitionsExample [--uri grpc://host:19530]</pre>
 */
public final class ShowPartitionsExample {
    private static final long TIMEOUT_MS = 60_000;

    private ShowPartitionsExample() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    /** @return the exit status: 0 when the partitions were listed and the load reached 100% */
    public static int run(String[] args, PrintStream out) {
        return ExampleRunner.run("Show partitions with load progress", args, out, ShowPartitionsExample::show);
    }

    private static int show(ServerSession session, ExampleArgs args, PrintStream out) throws InterruptedException {
        ExampleRunner.prepareBook(session, args, out);
        ShowPartitionsResponse all = session.client
                .showPartitions(ShowPartitionsParam.newBuilder()
                        .withCollectionName("book")
                        .build())
                .orThrow();
        out.println("Partitions of 'book':");
        for (int i = 0; i < all.getPartitionNamesCount(); i++) {
            out.printf("   %-10s id=%d%n", all.getPartitionNames(i), all.getPartitionIDs(i));
        }

        session.client
                .loadPartitions(LoadPartitionsParam.newBuilder()
                        .withCollectionName("book")
                        .withPartitionNames(List.of("novel"))
                        .withSyncLoad(false)
                        .build())
                .orThrow();
        out.println("Loading 'novel'; ShowPartitions(type=InMemory) reports:");
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        long percent = -1;
        while (percent < 100 && System.currentTimeMillis() < deadline) {
            ShowPartitionsResponse inMemory = session.client
                    .showPartitions(ShowPartitionsParam.newBuilder()
                            .withCollectionName("book")
                            .withPartitionNames(List.of("novel"))
                            .withShowType(ShowType.InMemory)
                            .build())
                    .orThrow();
            long now = inMemory.getInMemoryPercentages(0);
            if (now != percent) {
                out.println("   novel " + LoadProgress.bar(now));
                percent = now;
            }
            Thread.sleep(20);
        }
        return all.getPartitionNamesList().containsAll(List.of("_default", "novel")) && percent == 100 ? 0 : 1;
    }
}
