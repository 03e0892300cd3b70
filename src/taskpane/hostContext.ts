import { createContext, useContext } from 'react';
import type { ReconcilerHost } from './host';

/** The host the pane talks to; provided once by index.tsx (or a test page). */
export const HostContext = createContext<ReconcilerHost | null>(null);

export function useHost(): ReconcilerHost {
  const host = useContext(HostContext);
  if (!host) throw new Error('HostContext is not provided');
  return host;
}
