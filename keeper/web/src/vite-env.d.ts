/// <reference types="vite/client" />
interface ImportMetaEnv {
  readonly VITE_KEEPER_URL?: string;
  readonly VITE_GENIM_CHAIN_ID?: string;
  readonly VITE_GENIM_CONTRACT?: string;
  readonly VITE_GENIM_CHAIN_NAME?: string;
  readonly VITE_GENIM_RPC_URL?: string;
  readonly VITE_GENIM_DEPLOYMENT_BLOCK?: string;
  readonly VITE_GENIM_IPFS_GATEWAY?: string;
}
