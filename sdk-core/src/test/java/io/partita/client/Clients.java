package io.partita.client;

import io.partita.param.ConnectParam;
import io.partita.testing.FakeTransport;
import java.util.Random;

/** Builds clients over a FakeTransport with a manual clock. */
final class Clients {
    private Clients() {}

    static MilvusServiceClient over(FakeTransport transport, ManualClock clock) {
        return new MilvusServiceClient(
                ConnectParam.newBuilder().withTransport(transport).build(), clock, clock, new Random(42));
    }
}
