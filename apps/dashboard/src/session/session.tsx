import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { api, whenSessionEnds } from '../api/api-client';
import { ApiError } from '../api/api-error';
import { passwordsApi } from '../api/passwords';
import type { Permission, SessionView, WhoAmI } from '../api/types';

/** Why nobody is signed in: the session ran out, the user signed out, or reset their password. */
export type SignedOutReason = 'expired' | 'signed-out' | 'password-reset';

export type SessionState =
  | { status: 'loading' }
  | { status: 'signed-out'; reason?: SignedOutReason }
  | { status: 'signed-in'; me: WhoAmI }
  | { status: 'unavailable'; error: unknown };

interface SessionContextValue {
  state: SessionState;
  signIn: (email: string, password: string) => Promise<void>;
  signUp: (accountName: string, email: string, password: string) => Promise<void>;
  signOut: () => Promise<void>;
  /** Joins the account an invitation link offers, and signs in as the new member. */
  acceptInvitation: (token: string, password: string) => Promise<void>;
  /** Sets a new password with a reset link; every session ends, this one included. */
  resetPassword: (token: string, password: string) => Promise<void>;
  retry: () => void;
}

const SessionContext = createContext<SessionContextValue | null>(null);

async function whoAmI(): Promise<SessionState> {
  try {
    return { status: 'signed-in', me: await api.get<WhoAmI>('/api/v1/users/me') };
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return { status: 'signed-out' };
    return { status: 'unavailable', error };
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    void whoAmI().then((next) => current && setState(next));
    return () => {
      current = false;
    };
  }, [attempt]);

  useEffect(() => {
    whenSessionEnds(() => setState({ status: 'signed-out', reason: 'expired' }));
    return () => whenSessionEnds(null);
  }, []);

  const signIn = useCallback(async (email: string, password: string) => {
    await api.post<SessionView>('/api/v1/auth/login', { email, password });
    setState(await whoAmI());
  }, []);

  const signUp = useCallback(async (accountName: string, email: string, password: string) => {
    await api.post<SessionView>('/api/v1/auth/signup', { accountName, email, password });
    setState(await whoAmI());
  }, []);

  const acceptInvitation = useCallback(async (token: string, password: string) => {
    await api.post<SessionView>('/api/v1/invitations/accept', { token, password });
    setState(await whoAmI());
  }, []);

  const resetPassword = useCallback(async (token: string, password: string) => {
    await passwordsApi.completeReset(token, password);
    setState({ status: 'signed-out', reason: 'password-reset' });
  }, []);

  const signOut = useCallback(async () => {
    try {
      await api.post('/api/v1/auth/logout');
    } finally {
      setState({ status: 'signed-out', reason: 'signed-out' });
    }
  }, []);

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((value) => value + 1);
  }, []);

  const value = useMemo(
    () => ({ state, signIn, signUp, signOut, acceptInvitation, resetPassword, retry }),
    [state, signIn, signUp, signOut, acceptInvitation, resetPassword, retry],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const context = useContext(SessionContext);
  if (!context) throw new Error('useSession outside SessionProvider');
  return context;
}

/** The signed-in user's session; only for pages behind the sign-in. */
export function useMe(): WhoAmI {
  const { state } = useSession();
  if (state.status !== 'signed-in') throw new Error('useMe on a signed-out page');
  return state.me;
}

export function useCan(permission: Permission): boolean {
  return useMe().permissions.includes(permission);
}
