import { useState, type FormEvent } from 'react';
import { isApiError } from '../../api/api-error';
import { describeError } from '../../api/describe-error';
import { Link } from '../../app/Link';
import { paths } from '../../app/routes';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextField } from '../../components/Field';
import { hasErrors, validateSignIn, type Errors } from '../../lib/validation';
import { useSession } from '../../session/session';
import { AuthFrame } from './AuthFrame';

export function SignInPage({ expired = false }: { expired?: boolean }) {
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
      {expired && (
        <div className="alert alert-info">Your session ended. Sign in again to go on.</div>
      )}
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
        />
        <Button type="submit" variant="primary" busy={busy} className="button-block">
          Sign in
        </Button>
      </form>
    </AuthFrame>
  );
}
