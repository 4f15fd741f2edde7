"use client";

import { browserSupportsWebAuthn } from "@simplewebauthn/browser";
import { useSyncExternalStore } from "react";

const never = () => () => {};

/** Whether this browser can use passkeys: false on the server and until the page is running. */
export const useWebAuthn = (): boolean => useSyncExternalStore(never, browserSupportsWebAuthn, () => false);
