package io.partita.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

class VectorBytesTest {
    @Test
    void floatVectorsAreEncodedLittleEndianFourBytesPerComponent() {
        ByteString bytes = VectorBytes.floats(List.of(1.0f, -2.5f));
        ByteBuffer expected = ByteBuffer.allocate(8)
                .order(ByteOrder.LITTLE_ENDIAN)
                .putFloat(1.0f)
                .putFloat(-2.5f);
        assertThat(bytes.toByteArray()).isEqualTo(expected.array());
    }

    @Test
    void binaryVectorsKeepTheirBytesAndTheBufferIsNotMoved() {
        ByteBuffer row = ByteBuffer.wrap(new byte[] {1, 2, (byte) 0xff});
        assertThat(VectorBytes.binary(row).toByteArray()).containsExactly(1, 2, 0xff);
        assertThat(row.position()).isZero();
    }
}
