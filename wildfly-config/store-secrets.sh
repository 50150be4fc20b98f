#!/bin/sh
# Encrypts the module's secrets with the credential store of configure-credential-store.cli and keeps
# them as system properties the server decrypts at start-up (MicroProfile Config reads them):
#   quoox.xero.encryption-key  from QUOOX_XERO_ENCRYPTION_KEY (base64 of 32 bytes: openssl rand -base64 32)
#     or, with QUOOX_XERO_ENCRYPTION_KEY_ID=<id>, quoox.xero.encryption-key.<id>: a further key, to rotate
#   quoox.xero.client-secret   from QUOOX_XERO_CLIENT_SECRET (optional: only for OAuth 2.0)
# The clear text goes from this shell's environment to the server over the management connection; it is
# never on a command line, in a file or in the configuration. Re-run it to replace the client secret.
# It never replaces an encryption key the server already has: the stored secrets it encrypts would be
# unreadable. Rotating the key is adding one under a new id, making it current, re-encrypting and only
# then removing the old one: docs/operations.md, "Rotating the encryption key".
# Usage: JBOSS_HOME=… QUOOX_XERO_ENCRYPTION_KEY=… [QUOOX_XERO_ENCRYPTION_KEY_ID=k2] wildfly-config/store-secrets.sh [jboss-cli options]
#   (options default to --connect; e.g. --connect --controller=remote+http://host:9990), then reload.
set -eu
cli() {
  "$JBOSS_HOME/bin/jboss-cli.sh" ${CLI_OPTIONS} "$@"
}
# Prints the ${ENC::…} expression of the value of environment variable $1.
encrypted() {
  cli --resolve-parameter-values --output-json \
    --command="/subsystem=elytron/expression=encryption:create-expression(resolver=quoox-xero, clear-text=\"\${env.$1}\")" \
    | sed -n 's/.*"expression" *: *"\(\${ENC::[^"]*}\)".*/\1/p'
}
# Sets system property $1 to the encrypted value of environment variable $2.
store() {
  expression=$(encrypted "$2")
  if [ -z "$expression" ]; then
    echo "store-secrets.sh: could not encrypt $2 (is configure-credential-store.cli applied?)" >&2
    exit 1
  fi
  cli --command="/system-property=$1:remove" > /dev/null 2>&1 || true
  cli --command="/system-property=$1:add(value=\"$expression\")" > /dev/null
  echo "$1 = $expression"
}
CLI_OPTIONS=${*:---connect}
if [ -z "${QUOOX_XERO_ENCRYPTION_KEY:-}${QUOOX_XERO_CLIENT_SECRET:-}" ]; then
  echo "store-secrets.sh: set QUOOX_XERO_ENCRYPTION_KEY (openssl rand -base64 32) and/or QUOOX_XERO_CLIENT_SECRET" >&2
  exit 1
fi
if [ -n "${QUOOX_XERO_ENCRYPTION_KEY:-}" ]; then
  key=quoox.xero.encryption-key${QUOOX_XERO_ENCRYPTION_KEY_ID:+.$QUOOX_XERO_ENCRYPTION_KEY_ID}
  if cli --command="/system-property=$key:read-resource" > /dev/null 2>&1; then
    echo "store-secrets.sh: the server already has $key; replacing it would make every secret it" \
      "encrypts unreadable. To rotate, set QUOOX_XERO_ENCRYPTION_KEY_ID to a new id" \
      "(docs/operations.md, Rotating the encryption key)." >&2
    exit 1
  fi
  store "$key" QUOOX_XERO_ENCRYPTION_KEY
fi
if [ -n "${QUOOX_XERO_CLIENT_SECRET:-}" ]; then
  store quoox.xero.client-secret QUOOX_XERO_CLIENT_SECRET
fi
echo "Reload the server (jboss-cli.sh --connect --command=reload) for the module to read them."
