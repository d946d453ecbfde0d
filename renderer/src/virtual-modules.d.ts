declare module 'virtual:carelit/catalogue' {
  import type { ModuleMeta } from '../../core/content/schema';
  export const catalogue: ModuleMeta[];
  export const loaders: Record<string, () => Promise<{ default: unknown }>>;
}
