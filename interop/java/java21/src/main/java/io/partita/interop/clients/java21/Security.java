package io.partita.interop.clients.java21;

import io.milvus.client.MilvusServiceClient;
import io.milvus.param.ConnectParam;
import io.milvus.param.R;
import io.milvus.param.collection.ShowCollectionsParam;
import io.milvus.param.partition.CreatePartitionParam;
import io.milvus.param.partition.HasPartitionParam;
import io.partita.interop.clients.SecurityScenario;
import java.util.concurrent.TimeUnit;

/**
 * The security scenario (interop/run.sh's java21-sec) through milvus-sdk-java 2.1.0. That client's
 * TLS is {@code ConnectParam.withSecure(true)}, which only calls {@code useTransportSecurity()} on
 * its channel (MilvusServiceClient's constructor): the server is checked against the JVM's trust
 * store (run.sh passes {@code -Djavax.net.ssl.trustStore} holding the test CA) and no client
 * certificate can be given, so mutual TLS is out of its reach.
 */
public final class Security {
  private Security() {}

  public static void main(String[] argv) {
    System.exit(SecurityScenario.run(argv, "Security", Security::open,
        "milvus-sdk-java 2.1.0 has no option for a client certificate (ConnectParam: withSecure only)"));
  }

  private static SecurityScenario.Client open(String host, int port, String user, String password,
      SecurityScenario.Tls tls) {
    MilvusServiceClient c = new MilvusServiceClient(ConnectParam.newBuilder().withHost(host).withPort(port)
        .withSecure(true).withAuthorization(user, password).withConnectTimeout(5, TimeUnit.SECONDS).build());
    return new SecurityScenario.Client() {
      @Override
      public String listCollections() {
        return Java21Calls.error(c.showCollections(ShowCollectionsParam.newBuilder().build()));
      }

      @Override
      public String createPartition(String collection, String partition) {
        return Java21Calls.error(c.createPartition(CreatePartitionParam.newBuilder()
            .withCollectionName(collection).withPartitionName(partition).build()));
      }

      @Override
      public String hasPartition(String collection, String partition) {
        R<Boolean> r = c.hasPartition(HasPartitionParam.newBuilder()
            .withCollectionName(collection).withPartitionName(partition).build());
        String error = Java21Calls.error(r);
        return error != null || Boolean.TRUE.equals(r.getData()) ? error : "hasPartition answered " + r.getData();
      }

      @Override
      public void close() {
        c.close();
      }
    };
  }
}
