/**
 * The one way the renderer reaches the core: `window.hindsight` (HindsightBridge). Electron's
 * preload sets it; in the loopback browser preview the HTTP shim implements the same interface.
 * Screens receive the bridge through provide/inject so component tests can hand them a fake.
 */
import type { InjectionKey } from 'vue';
import { inject } from 'vue';
import type { HindsightBridge } from '../../src/api';

declare global {
  interface Window {
    hindsight?: HindsightBridge;
  }
}

export const BRIDGE: InjectionKey<HindsightBridge> = Symbol('hindsight-bridge');

/** True when the Electron preload provided the bridge (desktop app), false in the browser preview. */
export const inDesktopApp = typeof window !== 'undefined' && !!window.hindsight;

/** Electron's preload bridge, else the preview's HTTP shim (loaded only when needed). */
export async function loadBridge(): Promise<HindsightBridge> {
  if (window.hindsight) return window.hindsight;
  const shim = await import('../../src/preview/bridge-shim');
  return shim.bridge;
}

export function useBridge(): HindsightBridge {
  const bridge = inject(BRIDGE);
  if (!bridge) throw new Error('useBridge() called outside the app (no bridge provided).');
  return bridge;
}
