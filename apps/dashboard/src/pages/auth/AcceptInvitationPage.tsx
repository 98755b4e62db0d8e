import { useState, type FormEvent } from 'react';
import { isApiError } from '../../api/api-error';
import { describeError } from '../../api/describe-error';
import { teamApi } from '../../api/team';
import type { InvitationPreview } from '../../api/types';
import { useApi } from '../../api/use-api';
import { Link } from '../../app/Link';
import { HOME, linkToken, paths } from '../../app/routes';
import { navigate } from '../../app/router';
import { Button } from '../../components/Button';
import { ErrorMessage, LoadError } from '../../components/ErrorMessage';
import { TextField } from '../../components/Field';
import { LoadingBlock } from '../../components/Skeleton';
import { formatDateTime } from '../../lib/format';
import { useSubmission } from '../../lib/use-submission';
import { MIN_PASSWORD_LENGTH, validateNewPassword } from '../../lib/validation';
import { useSession } from '../../session/session';
import { ACCOUNT_ROLE_DESCRIPTIONS, ACCOUNT_ROLE_LABELS } from '../team/account-roles';
import { AuthFrame } from './AuthFrame';

/** Where an invitation link leads: what it offers, then a password to join with. */
export function AcceptInvitationPage() {
  const [token] = useState(() => linkToken(window.location.hash));
  return token ? <Invitation token={token} /> : <InvalidInvitation />;
}

function InvalidInvitation() {
  return (
    <AuthFrame title="This invitation does not work">
      <p data-testid="invalid-link">
        This invitation link is not valid any more; ask for a new one.
      </p>
    </AuthFrame>
  );
}

function Invitation({ token }: { token: string }) {
  const preview = useApi(`invitation:${token}`, (signal) =>
    teamApi.previewInvitation(token, signal),
  );
  const [gone, setGone] = useState(false);
  if (gone || (isApiError(preview.error) && preview.error.code === 'not_found'))
    return <InvalidInvitation />;
  if (preview.data)
    return <JoinForm token={token} invitation={preview.data} onGone={() => setGone(true)} />;
  return (
    <AuthFrame title="Your invitation">
      {preview.loading ? (
        <LoadingBlock label="Reading the invitation…" />
      ) : (
        <LoadError error={preview.error} onRetry={preview.reload} />
      )}
    </AuthFrame>
  );
}

function JoinForm({
  token,
  invitation,
  onGone,
}: {
  token: string;
  invitation: InvitationPreview;
  onGone: () => void;
}) {
  const { state, acceptInvitation } = useSession();
  const [password, setPassword] = useState('');
  const { busy, failure, errors, submit } = useSubmission();
  const signedInAs = state.status === 'signed-in' ? state.me.user?.email : undefined;

  function send(event: FormEvent) {
    event.preventDefault();
    void submit({ password: validateNewPassword(password) }, async () => {
      try {
        await acceptInvitation(token, password);
      } catch (error) {
        if (isApiError(error) && error.code === 'not_found') return onGone();
        throw error;
      }
      navigate(HOME, { replace: true });
    });
  }

  const taken = isApiError(failure) && failure.code === 'conflict';
  return (
    <AuthFrame title={`Join ${invitation.accountName} on Tally`}>
      <p data-testid="invitation-offer">
        You are invited as <strong>{ACCOUNT_ROLE_LABELS[invitation.accountRole]}</strong>:{' '}
        {ACCOUNT_ROLE_DESCRIPTIONS[invitation.accountRole]} The invitation works until{' '}
        {formatDateTime(invitation.expiresAt)}.
      </p>
      {signedInAs && signedInAs !== invitation.email && (
        <div className="alert alert-info">
          You are signed in as {signedInAs}. Joining signs you in as {invitation.email} instead.
        </div>
      )}
      {taken ? (
        <ErrorMessage>
          {invitation.email} already has a Tally account. <Link to={paths.signIn}>Sign in</Link>{' '}
          with it, or ask for an invitation to another address.
        </ErrorMessage>
      ) : (
        failure !== null && <ErrorMessage>{describeError(failure)}</ErrorMessage>
      )}
      <form onSubmit={send} noValidate>
        <TextField
          label="Email"
          type="email"
          autoComplete="username"
          value={invitation.email}
          readOnly
        />
        <TextField
          label="Choose a password"
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={errors.password}
          hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
          autoFocus
        />
        <Button type="submit" variant="primary" busy={busy} className="button-block">
          Join {invitation.accountName}
        </Button>
      </form>
    </AuthFrame>
  );
}
