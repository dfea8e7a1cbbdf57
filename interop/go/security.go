// The security scenario (interop-go -security -addr HOST:PORT), run by run.sh as go-sec.
//
// HOST:PORT is a server started with `--auth --tls-mode 1`; the environment gives SEC_MUTUAL (a
// server with `--tls-mode 2`), SEC_CERTS (ca.pem, client.pem, client.key), SEC_ROOT_PASSWORD and
// SEC_USER / SEC_PASSWORD (a role with HasPartition on SEC_COLLECTION only). The SDK (v2.1.2)
// takes TLS as gRPC dial options: NewGrpcClient with credentials.NewTLS and its own
// CreateAuthenticationUnaryInterceptor (NewDefaultGrpcClientWithTLSAuth trusts only the system roots).
package main

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/milvus-io/milvus-sdk-go/v2/client"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
)

func tlsConfig(withCert bool) *tls.Config {
	certs := os.Getenv("SEC_CERTS")
	pem, err := os.ReadFile(filepath.Join(certs, "ca.pem"))
	if err != nil {
		panic(err)
	}
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM(pem)
	cfg := &tls.Config{RootCAs: pool}
	if withCert {
		pair, err := tls.LoadX509KeyPair(filepath.Join(certs, "client.pem"), filepath.Join(certs, "client.key"))
		if err != nil {
			panic(err)
		}
		cfg.Certificates = []tls.Certificate{pair}
	}
	return cfg
}

// session connects as user over TLS (a client certificate when withCert) and lists collections,
// a call every authenticated user may make; it returns the client (nil on failure) and the error.
func session(addr, user, password string, withCert bool) (client.Client, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	c, err := client.NewGrpcClient(ctx, addr,
		grpc.WithTransportCredentials(credentials.NewTLS(tlsConfig(withCert))),
		grpc.WithUnaryInterceptor(client.CreateAuthenticationUnaryInterceptor(user, password)))
	if err != nil {
		return nil, err
	}
	if _, err = c.ListCollections(ctx); err != nil {
		c.Close()
		return nil, err
	}
	return c, nil
}

func securityScenario(addr string) int {
	root := os.Getenv("SEC_ROOT_PASSWORD")
	user, password, coll := os.Getenv("SEC_USER"), os.Getenv("SEC_PASSWORD"), os.Getenv("SEC_COLLECTION")
	mutual := os.Getenv("SEC_MUTUAL")
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()

	c, err := session(addr, "root", root, false)
	step("tls_one_way", err == nil, "milvus-sdk-go v2.1.2 err=%v", err)
	if c != nil {
		c.Close()
	}
	c, err = session(mutual, "root", root, true)
	step("tls_mutual", err == nil, "err=%v", err)
	if c != nil {
		c.Close()
	}
	c, err = session(mutual, "root", root, false)
	step("tls_mutual_refused_without_cert", err != nil, "err=%v (want an error)", err)

	c, err = session(addr, user, password, false)
	step("login", err == nil, "user=%s err=%v", user, err)
	if c != nil {
		has, err := c.HasPartition(ctx, coll, "_default")
		step("rbac_allowed", err == nil && has, "HasPartition=%v err=%v", has, err)
		err = c.CreatePartition(ctx, coll, "p_denied")
		step("rbac_denied", err != nil && strings.Contains(err.Error(), "PrivilegeCreatePartition: permission deny"),
			"CreatePartition err=%v (want permission deny)", err)
		c.Close()
	}

	n := 0
	for n < 12 {
		n++
		_, err = session(addr, user, "wrong-password", false)
		if err != nil && strings.Contains(err.Error(), "too many failed logins") {
			break
		}
	}
	step("throttle", err != nil && strings.Contains(err.Error(), "too many failed logins"),
		"after %d wrong passwords: %v", n, err)
	deadline := time.Now().Add(70 * time.Second)
	for {
		c, err = session(addr, user, password, false)
		if err == nil || time.Now().After(deadline) {
			break
		}
		time.Sleep(time.Second)
	}
	step("login_after_lock", err == nil, "err=%v", err)
	if c != nil {
		c.Close()
	}
	if failed {
		return 1
	}
	return 0
}
