/**
 * What src/bootstrap/bootstrap.js (ES5, loaded before the bundles) leaves on `window`: whether
 * this webview lacks what the bundles need, and a way to say the bundle has started (after
 * which the bootstrap no longer treats an error as a failure to start).
 */
export interface Boot {
  readonly unsupported: boolean;
  readonly failed: boolean;
  started(): void;
}

export function boot(): Boot | undefined {
  return (window as unknown as { budgetReconcilerBoot?: Boot }).budgetReconcilerBoot;
}

/** Whether the bundle may start: the bootstrap found everything it needs (or is absent, in tests). */
export function mayStart(): boolean {
  const state = boot();
  return !state || (!state.unsupported && !state.failed);
}
