import { createContext, useContext } from 'react';

export interface User {
  id: string;
  username: string;
  displayName: string;
  role: 'admin' | 'reporter' | 'supervisor' | 'leader' | 'auditor';
  unitId: string | null;
}
export const SessionContext = createContext<{ user: User | null; refresh: () => void }>({
  user: null,
  refresh: () => {},
});
export const useSession = () => useContext(SessionContext);
