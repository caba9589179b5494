/// <reference types="vite/client" />
interface ImportMetaEnv {
  readonly VITE_KEEPER_URL?: string;
}
