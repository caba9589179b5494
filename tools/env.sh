# Sourced by the tools/ scripts: puts the project's real Foundry binaries (not the npm launchers,
# which always exit 0) and cargo on PATH.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export ROOT
for tool in forge anvil cast; do
  PATH="$ROOT/node_modules/@foundry-rs/$tool-linux-amd64/bin:$PATH"
done
PATH="$HOME/.cargo/bin:$PATH"
export PATH
export FOUNDRY_DISABLE_NIGHTLY_WARNING=1
# SeaweedFS for the keeper's S3 tests (installed by tools/setup).
export GENIM_TEST_WEED="${GENIM_TEST_WEED:-$ROOT/.venv/bin/weed}"

# Anvil's well-known test mnemonic: its accounts are funded on every local Anvil and worthless elsewhere.
ANVIL_MNEMONIC="test test test test test test test test test test test junk"

# anvil_key N: the private key of Anvil's N-th default account.
anvil_key() { cast wallet private-key --mnemonic "$ANVIL_MNEMONIC" --mnemonic-index "$1"; }

die() { echo "error: $*" >&2; exit 1; }

# Starts anvil on a free port in the background; sets ANVIL_PID and RPC_URL and stops it on exit.
# Its base fee starts at 0.001 gwei, the order of Optimism's, so gas costs what it costs on an L2
# (the keeper refuses to deliver at a loss; see submit.max_gas_cost_share).
start_anvil() {
  local port log
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  log="${ANVIL_LOG:-$(mktemp -t anvil.XXXXXX.log)}"
  anvil --port "$port" --silent --base-fee 1000000 "$@" >"$log" 2>&1 &
  ANVIL_PID=$!
  RPC_URL="http://127.0.0.1:$port"
  export RPC_URL ANVIL_PID
  trap 'kill "$ANVIL_PID" 2>/dev/null || true' EXIT
  for _ in $(seq 1 100); do
    cast chain-id --rpc-url "$RPC_URL" >/dev/null 2>&1 && return 0
    kill -0 "$ANVIL_PID" 2>/dev/null || die "anvil exited: $(cat "$log")"
    sleep 0.1
  done
  die "anvil did not answer on $RPC_URL within 10 s"
}
