import type { App } from 'electron';

/**
 * Security checklist 4, "Enable process sandboxing": sandboxes every renderer the app will ever
 * create, including any a future change forgets to configure. Must run before the app is ready.
 */
export function enableSandboxForEveryRenderer(app: Pick<App, 'enableSandbox'>): void {
  app.enableSandbox();
}
