"""Root's setup for the security scenarios (run by run.sh with pymilvus 2.6, over TLS one-way).

    python security_setup.py HOST:PORT USER=PRIVILEGE...

For each USER (password `<USER>-Pw1`): a collection named USER (int64 key, 2-d float vector), the
user, a role `<USER>_role` granted PRIVILEGE on that collection only, and the user in it.
Environment: SEC_CERTS (ca.pem), SEC_ROOT_PASSWORD.
"""
import os
import sys

from pymilvus import DataType, MilvusClient

addr, users = sys.argv[1], sys.argv[2:]
c = MilvusClient(uri=f"https://{addr}", token="root:" + os.environ["SEC_ROOT_PASSWORD"],
                 server_pem_path=os.path.join(os.environ["SEC_CERTS"], "ca.pem"), server_name="localhost")
for u, privilege in (a.split("=") for a in users):
    schema = MilvusClient.create_schema(auto_id=False)
    schema.add_field("id", DataType.INT64, is_primary=True)
    schema.add_field("v", DataType.FLOAT_VECTOR, dim=2)
    c.create_collection(u, schema=schema)
    c.create_user(u, f"{u}-Pw1")
    c.create_role(f"{u}_role")
    c.grant_privilege(f"{u}_role", "Collection", privilege, u)
    c.grant_role(u, f"{u}_role")
print(f"set up {len(users)} users, roles and collections")
