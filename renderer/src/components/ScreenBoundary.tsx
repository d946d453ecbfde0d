import { Component, type ErrorInfo, type ReactNode } from 'react';

/**
 * Keeps one screen's failure on that screen: whatever it throws while rendering, the rest of
 * the app stays usable and the fallback says what failed and offers a way out. `resetKey`
 * changes when the user goes elsewhere, which gives the screen a fresh start.
 */
export class ScreenBoundary extends Component<{ resetKey: string; fallback: (retry: () => void) => ReactNode; children: ReactNode }, { failed: boolean; key: string }> {
  override state = { failed: false, key: this.props.resetKey };

  static getDerivedStateFromError(): Partial<ScreenBoundary['state']> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: ScreenBoundary['props'], state: ScreenBoundary['state']): Partial<ScreenBoundary['state']> | null {
    return props.resetKey === state.key ? null : { failed: false, key: props.resetKey };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Kept for whoever opens the developer tools; the user reads the fallback.
    console.error('A screen failed to render', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback(() => this.setState({ failed: false })) : this.props.children;
  }
}
