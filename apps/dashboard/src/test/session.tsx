// Renders a part of the dashboard inside the providers it needs, against the fake API.
import { render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { ToastProvider } from '../components/Toasts';
import { SessionProvider, useSession } from '../session/session';

/** The session's state as text, for tests to read. */
export function SessionStatus() {
  const { state } = useSession();
  const reason = state.status === 'signed-out' && state.reason ? `:${state.reason}` : '';
  return <output data-testid="session-status">{`${state.status}${reason}`}</output>;
}

/** Its children once the session is signed in (pages behind the sign-in call useMe). */
export function WhenSignedIn({ children }: { children: ReactNode }) {
  const { state } = useSession();
  return state.status === 'signed-in' ? children : null;
}

export function renderInSession(ui: ReactNode, options: { signedIn?: boolean } = {}) {
  return render(
    <SessionProvider>
      <ToastProvider>
        <SessionStatus />
        {options.signedIn ? <WhenSignedIn>{ui}</WhenSignedIn> : ui}
      </ToastProvider>
    </SessionProvider>,
  );
}

/** Waits for the session's state to read `status` (like "signed-in" or "signed-out:expired"). */
export async function sessionIs(status: string): Promise<void> {
  await screen.findByText(status, { selector: '[data-testid="session-status"]' });
}
