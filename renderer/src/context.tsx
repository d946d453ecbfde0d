import { createContext, useContext, type ReactNode } from 'react';
import type { CareLitDatabase } from './db/database';
import type { Platform } from './platform';

export interface AppServices {
  db: CareLitDatabase;
  platform: Platform;
}

const ServicesContext = createContext<AppServices | null>(null);

export function ServicesProvider({ services, children }: { services: AppServices; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesProvider');
  return services;
}
