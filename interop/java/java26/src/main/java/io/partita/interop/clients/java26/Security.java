package io.partita.interop.clients.java26;

import io.milvus.v2.client.ConnectConfig;
import io.milvus.v2.client.MilvusClientV2;
import io.milvus.v2.service.partition.request.CreatePartitionReq;
import io.milvus.v2.service.partition.request.HasPartitionReq;
import io.partita.interop.clients.SecurityScenario;

/**
 * The security scenario (interop/run.sh's java26-sec) through milvus-sdk-java 2.6.22's
 * {@code MilvusClientV2}: one-way TLS trusting the test CA with {@code serverPemPath}, mutual with
 * {@code clientPemPath}/{@code clientKeyPath}/{@code caPemPath}, credentials as {@code token}
 * {@code user:password}.
 */
public final class Security {
  private Security() {}

  public static void main(String[] argv) {
    System.exit(SecurityScenario.run(argv, "Security", Security::open, null));
  }

  private static SecurityScenario.Client open(String host, int port, String user, String password,
      SecurityScenario.Tls tls) {
    String certs = System.getenv("SEC_CERTS");
    ConnectConfig.ConnectConfigBuilder b = ConnectConfig.builder().uri("https://" + host + ":" + port)
        .token(user + ":" + password).serverName("localhost")
        // the refused handshake is retried until this deadline: short, the refusal is certain
        .connectTimeoutMs(tls == SecurityScenario.Tls.NO_CLIENT_CERT ? 2_000 : 5_000);
    switch (tls) {
      case ONE_WAY -> b.serverPemPath(certs + "/ca.pem");
      case MUTUAL -> b.caPemPath(certs + "/ca.pem").clientPemPath(certs + "/client.pem")
          .clientKeyPath(certs + "/client.key");
      case NO_CLIENT_CERT -> b.caPemPath(certs + "/ca.pem");
    }
    MilvusClientV2 c = new MilvusClientV2(b.build());
    return new SecurityScenario.Client() {
      @Override
      public String listCollections() {
        return Outcome.error(c::listCollections);
      }

      @Override
      public String createPartition(String collection, String partition) {
        return Outcome.error(() -> c.createPartition(CreatePartitionReq.builder()
            .collectionName(collection).partitionName(partition).build()));
      }

      @Override
      public String hasPartition(String collection, String partition) {
        Outcome<Boolean> has = Outcome.of(() -> c.hasPartition(HasPartitionReq.builder()
            .collectionName(collection).partitionName(partition).build()));
        return !has.ok() || Boolean.TRUE.equals(has.value()) ? has.error() : "hasPartition answered " + has.value();
      }

      @Override
      public void close() {
        c.close();
      }
    };
  }
}
