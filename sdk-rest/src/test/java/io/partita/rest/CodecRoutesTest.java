package io.partita.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.transport.Operation;
import io.partita.transport.Operations;
import org.junit.jupiter.api.Test;

/** The REST codecs name no route: each sends to its operation's route from the RPC catalogue. */
class CodecRoutesTest {

    @Test
    void everyOperationWithARestCodecHasARouteInTheCatalogue() {
        CodecTable codecs = CodecTable.standard();
        int routed = 0;
        for (Operation<?, ?> op : Operations.all()) {
            if (codecs.get(op) != null) {
                assertThat(op.getHttpPath()).as(op.getName()).isPresent();
                routed++;
            }
        }
        assertThat(routed).isEqualTo(codecs.size()).isEqualTo(44);
    }
}
