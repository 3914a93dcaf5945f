import { createContext, useContext } from 'react';
import type { SessionUserJson } from '@gangmu/contract';

/** The signed-in user, as GET /api/session sends it. */
export type User = SessionUserJson;
export const SessionContext = createContext<{ user: User | null; refresh: () => void }>({
  user: null,
  refresh: () => {},
});
export const useSession = () => useContext(SessionContext);
