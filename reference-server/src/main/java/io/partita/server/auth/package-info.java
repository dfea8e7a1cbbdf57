/**
 * Users and passwords: {@link io.partita.server.auth.CredentialStore} (hashed, persisted beside
 * the data) and {@code AuthInterceptor}, which checks the gRPC {@code authorization} header. The
 * adapters (grpc, http) use it; it imports no other server package.
 */
package io.partita.server.auth;
