// This build's binding, read once from what Vite fixed at build time (kept apart from
// deployment.ts, which vite.config.ts imports before these values exist).

import { parseDeployment, type Deployment, type DeploymentEnv } from "./deployment";
import type { CodeIdentity } from "./fingerprint";

/** What vite.config.ts computed from out/GenImNFT.sol/GenImNFT.json for this build. */
declare const __GENIM_CODE__: CodeIdentity;

/** GenImNFT's runtime code identity, fixed at build time. */
export const BUILD_CODE: CodeIdentity = __GENIM_CODE__;

export interface BuildBinding {
  deployment: Deployment | null;
  /** Why the build has no usable deployment, in words (shown instead of the page). */
  problem: string | null;
}

/** The deployment of this build, read once from Vite's environment. */
export function buildDeployment(env: DeploymentEnv = import.meta.env as DeploymentEnv): BuildBinding {
  try {
    const deployment = parseDeployment(env);
    return deployment
      ? { deployment, problem: null }
      : { deployment: null, problem: "This copy of the page was built without a contract address, so it cannot take payments." };
  } catch (error) {
    return { deployment: null, problem: `This copy of the page was built wrongly: ${(error as Error).message}.` };
  }
}
