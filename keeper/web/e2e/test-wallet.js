// A test wallet injected into the page before its scripts run: an EIP-1193 provider announced
// over EIP-6963 that forwards requests to Anvil, signing with one of Anvil's unlocked accounts.
// So the page's real wallet code runs: eth_requestAccounts, eth_chainId,
// wallet_switchEthereumChain / wallet_addEthereumChain, eth_sendTransaction, and
// eth_signTypedData_v4 (Anvil signs for the unlocked account; the typed data is kept in
// `__testWallet.signed`). A test may hold a signature back (`__testWallet.holdSign = true`, released
// by setting it false) to change the chain between signing and relaying.
// The test replaces the placeholder below with { rpcUrl, account, chainId, anvilChainId, knownChains }.
(() => {
  const cfg = __GENIM_WALLET__;
  let chainId = cfg.chainId;
  const known = new Set(cfg.knownChains);
  const listeners = new Map();
  const state = { calls: [], reject: [], signed: [], holdSign: false };
  window.__testWallet = state;

  const error = (code, message) => Object.assign(new Error(message), { code });
  const emit = (event, value) => (listeners.get(event) ?? []).forEach((f) => f(value));
  let id = 0;
  async function forward(method, params) {
    const response = await fetch(cfg.rpcUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: ++id, method, params: params ?? [] }),
    });
    const body = await response.json();
    if (body.error) throw Object.assign(new Error(body.error.message), { code: body.error.code, data: body.error.data });
    return body.result;
  }

  const provider = {
    async request({ method, params }) {
      state.calls.push(method);
      if (state.reject.includes(method)) throw error(4001, "User rejected the request.");
      switch (method) {
        case "eth_requestAccounts":
        case "eth_accounts":
          return [cfg.account];
        case "eth_chainId":
          return chainId;
        case "net_version":
          return String(Number.parseInt(chainId, 16));
        case "wallet_switchEthereumChain": {
          const wanted = params[0].chainId;
          if (!known.has(wanted)) throw error(4902, `Unrecognized chain ID "${wanted}". Try adding the chain using wallet_addEthereumChain first.`);
          chainId = wanted;
          emit("chainChanged", chainId);
          return null;
        }
        case "wallet_addEthereumChain": {
          state.added = params[0];
          known.add(params[0].chainId);
          chainId = params[0].chainId;
          emit("chainChanged", chainId);
          return null;
        }
        case "eth_signTypedData_v4": {
          const [address, json] = params;
          if (String(address).toLowerCase() !== cfg.account.toLowerCase()) throw error(4100, "The requested account is not authorized.");
          const typed = typeof json === "string" ? JSON.parse(json) : json;
          // As MetaMask does: a domain naming another chain than the wallet's is refused.
          if (typed.domain?.chainId !== undefined && Number(typed.domain.chainId) !== Number.parseInt(chainId, 16)) {
            throw error(-32602, `Provided chainId "${typed.domain.chainId}" must match the active chainId "${Number.parseInt(chainId, 16)}"`);
          }
          state.signed.push(typed);
          const signature = await forward(method, [cfg.account, typeof json === "string" ? json : JSON.stringify(json)]);
          while (state.holdSign) await new Promise((r) => setTimeout(r, 50));
          return signature;
        }
        case "eth_sendTransaction":
          if (chainId !== cfg.anvilChainId) throw error(-32603, "The wallet is on another chain.");
          return forward(method, [{ ...params[0], from: cfg.account }]);
        default:
          return forward(method, params);
      }
    },
    on(event, listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
    },
    removeListener(event, listener) {
      listeners.set(event, (listeners.get(event) ?? []).filter((f) => f !== listener));
    },
  };
  const info = Object.freeze({
    uuid: "7f2c5a3e-0d4b-4c1e-9a55-6f1f2d3c4b5a",
    name: "GenIm Test Wallet",
    icon: "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 8 8'%3E%3Crect width='8' height='8' fill='%23f59e0b'/%3E%3C/svg%3E",
    rdns: "dev.genim.testwallet",
  });
  const announce = () =>
    window.dispatchEvent(new CustomEvent("eip6963:announceProvider", { detail: Object.freeze({ info, provider }) }));
  window.addEventListener("eip6963:requestProvider", announce);
  announce();
})();
