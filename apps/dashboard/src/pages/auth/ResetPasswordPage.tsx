import { useState, type FormEvent } from 'react';
import { isApiError } from '../../api/api-error';
import { describeError } from '../../api/describe-error';
import { Link } from '../../app/Link';
import { linkToken, paths } from '../../app/routes';
import { navigate } from '../../app/router';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextField } from '../../components/Field';
import { useSubmission } from '../../lib/use-submission';
import { MIN_PASSWORD_LENGTH, validateNewPassword } from '../../lib/validation';
import { useSession } from '../../session/session';
import { AuthFrame } from './AuthFrame';

/** Where a password-reset link leads: a new password, then signing in with it. */
export function ResetPasswordPage() {
  const [token] = useState(() => linkToken(window.location.hash));
  const [expired, setExpired] = useState(false);
  if (!token || expired)
    return (
      <AuthFrame title="This link does not work" footer={<Link to={paths.signIn}>Sign in</Link>}>
        <p data-testid="invalid-link">
          {token
            ? 'This reset link is not valid any more: it was used already, or it expired.'
            : 'This reset link is incomplete. Copy the whole link from the email.'}
        </p>
        <Link to={paths.forgotPassword} className="button button-primary button-block">
          Ask for a new link
        </Link>
      </AuthFrame>
    );
  return <NewPasswordForm token={token} onExpired={() => setExpired(true)} />;
}

function NewPasswordForm({ token, onExpired }: { token: string; onExpired: () => void }) {
  const { resetPassword } = useSession();
  const [password, setPassword] = useState('');
  const { busy, failure, errors, submit } = useSubmission();

  function send(event: FormEvent) {
    event.preventDefault();
    void submit({ password: validateNewPassword(password) }, async () => {
      try {
        await resetPassword(token, password);
      } catch (error) {
        if (isApiError(error) && error.code === 'not_found') return onExpired();
        throw error;
      }
      navigate(paths.signIn, { replace: true });
    });
  }

  return (
    <AuthFrame
      title="Choose a new password"
      footer={<Link to={paths.signIn}>Back to sign in</Link>}
    >
      <p className="muted">Every session of your account ends, and you sign in again with it.</p>
      {failure !== null && <ErrorMessage>{describeError(failure)}</ErrorMessage>}
      <form onSubmit={send} noValidate>
        <TextField
          label="New password"
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={errors.password}
          hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
          autoFocus
        />
        <Button type="submit" variant="primary" busy={busy} className="button-block">
          Set the new password
        </Button>
      </form>
    </AuthFrame>
  );
}
