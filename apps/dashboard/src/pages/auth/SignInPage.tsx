import { useState, type FormEvent } from 'react';
import { isApiError } from '../../api/api-error';
import { describeError } from '../../api/describe-error';
import { Link } from '../../app/Link';
import { paths } from '../../app/routes';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextField } from '../../components/Field';
import { hasErrors, validateSignIn, type Errors } from '../../lib/validation';
import { useSession, type SignedOutReason } from '../../session/session';
import { AuthFrame } from './AuthFrame';

const NOTICES: Partial<Record<SignedOutReason, string>> = {
  expired: 'Your session ended. Sign in again to go on.',
  'password-reset': 'Your password was reset and every session signed out. Sign in with it.',
};

/** `reason`: why the visitor is signed out, said when it is worth saying. */
export function SignInPage({ reason }: { reason?: SignedOutReason }) {
  const { signIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors<'email' | 'password'>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateSignIn({ email, password });
    setErrors(found);
    if (hasErrors(found)) return;
    setBusy(true);
    setFailure(null);
    try {
      await signIn(email.trim(), password);
    } catch (error) {
      setFailure(
        isApiError(error) && error.status === 401
          ? 'That email and password do not match an account. Check them and try again.'
          : describeError(error),
      );
      setBusy(false);
    }
  }

  return (
    <AuthFrame
      title="Sign in to your dashboard"
      footer={
        <>
          New to Tally? <Link to={paths.signUp}>Create an account</Link>
        </>
      }
    >
      {reason && NOTICES[reason] && <div className="alert alert-info">{NOTICES[reason]}</div>}
      {failure && <ErrorMessage>{failure}</ErrorMessage>}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label="Email"
          type="email"
          autoComplete="email"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={errors.email}
          autoFocus
        />
        <TextField
          label="Password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={errors.password}
          hint={<Link to={paths.forgotPassword}>Forgot your password?</Link>}
        />
        <Button type="submit" variant="primary" busy={busy} className="button-block">
          Sign in
        </Button>
      </form>
    </AuthFrame>
  );
}
