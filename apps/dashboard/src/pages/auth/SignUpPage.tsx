import { useState, type FormEvent } from 'react';
import { describeError, fieldErrors } from '../../api/describe-error';
import { Link } from '../../app/Link';
import { paths } from '../../app/routes';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextField } from '../../components/Field';
import { hasErrors, MIN_PASSWORD_LENGTH, validateSignUp, type Errors } from '../../lib/validation';
import { useSession } from '../../session/session';
import { AuthFrame } from './AuthFrame';

type SignUpField = 'accountName' | 'email' | 'password';

export function SignUpPage() {
  const { signUp } = useSession();
  const [form, setForm] = useState({ accountName: '', email: '', password: '' });
  const [errors, setErrors] = useState<Errors<SignUpField>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const update = (field: SignUpField) => (event: { target: { value: string } }) =>
    setForm((current) => ({ ...current, [field]: event.target.value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateSignUp(form);
    setErrors(found);
    if (hasErrors(found)) return;
    setBusy(true);
    setFailure(null);
    try {
      await signUp(form.accountName.trim(), form.email.trim(), form.password);
    } catch (error) {
      setErrors(fieldErrors(error));
      setFailure(describeError(error));
      setBusy(false);
    }
  }

  return (
    <AuthFrame
      title="Create your Tally account"
      footer={
        <>
          Already have an account? <Link to={paths.signIn}>Sign in</Link>
        </>
      }
    >
      {failure && <ErrorMessage>{failure}</ErrorMessage>}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label="Company or team name"
          autoComplete="organization"
          value={form.accountName}
          onChange={update('accountName')}
          error={errors.accountName}
          autoFocus
        />
        <TextField
          label="Work email"
          type="email"
          autoComplete="email"
          value={form.email}
          onChange={update('email')}
          error={errors.email}
        />
        <TextField
          label="Password"
          type="password"
          autoComplete="new-password"
          value={form.password}
          onChange={update('password')}
          error={errors.password}
          hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
        />
        <Button type="submit" variant="primary" busy={busy} className="button-block">
          Create account
        </Button>
      </form>
    </AuthFrame>
  );
}
